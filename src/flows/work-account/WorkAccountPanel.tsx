import { useState, type FormEvent } from 'react';
import { isPersonalAddress, normalizeEmail, validateEmailFormat } from '../../domain/email';
import type { Locale } from '../../i18n/locales';
import { panelTranslations } from '../../i18n/panels';
import { simTranslations } from '../../i18n/sim/client';
import { TextField } from '../../islands/parts/Field';
import { PanelFrame } from '../../islands/panels/PanelFrame';

/**
 * `sign-in-address`: is this address a work account? The portal's own rule (`domain/email.ts`)
 * answers; nothing is stored, so the check works whatever the practice data holds.
 */
export default function WorkAccountPanel({ locale }: { locale: Locale }) {
  const t = simTranslations(locale);
  const tp = panelTranslations(locale);
  const [value, setValue] = useState('');
  const [answer, setAnswer] = useState<{ error?: string; outcome?: string }>({});
  const check = (event: FormEvent) => {
    event.preventDefault();
    const problem = validateEmailFormat(value);
    if (problem) {
      setAnswer({ error: t(problem) });
      document.getElementById('try-work-address')?.focus();
      return;
    }
    const address = normalizeEmail(value);
    setAnswer({ outcome: tp(isPersonalAddress(address) ? 'panel.workAccount.personal' : 'panel.workAccount.work', { address }) });
  };
  return (
    <PanelFrame section="sign-in-address" locale={locale} t={t} tp={tp} useOutcome={() => answer.outcome}>
      <form className="sim-screen sim-inline-form" noValidate onSubmit={check}>
        <TextField id="try-work-address" label={tp('panel.workAccount.field')} type="email" value={value} error={answer.error}
          onChange={(next) => { setValue(next); setAnswer({}); }} />
        <button type="submit" className="sim-button">{tp('panel.workAccount.check')}</button>
      </form>
    </PanelFrame>
  );
}
