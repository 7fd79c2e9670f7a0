import { usePracticeMachine } from '../../islands/parts/practiceBridge';
import type { FormEvent } from 'react';
import { languageIds } from '../../domain/languages';
import { localeInfo, type Locale } from '../../i18n/locales';
import { simTranslations } from '../../i18n/sim/client';
import { partnerConsoleMachine } from './partnerConsoleMachine';
import type { PartnerForm } from './partnerForms';
import { getPortal } from '../../store';
import { useFocusFirstError } from '../../islands/parts/ErrorSummary';
import { PartnerAgreementScreen, type AdministratorField } from './PartnerAgreementScreen';
import { PartnerLookupScreen } from './PartnerLookupScreen';

type Task = Exclude<PartnerForm, 'lookup'>;
const opens = { correct: 'address.correct', replace: 'administrator.replace' } as const;
const noErrors = {};
const languages = languageIds.map((id) => ({ value: id, label: localeInfo[id].label }));

/**
 * The partner center, driven by `partnerConsoleMachine`: find the customer's agreement, then
 * resend the invitation, change the administrator's address or name another administrator. The
 * page shows every form at once, as a partner's console does; the machine has one task open at a
 * time, so typing in (or sending) a form opens its task first, and typing a new agreement number
 * closes the agreement shown.
 */
export default function PartnerConsole({ locale }: { locale: Locale }) {
  const t = simTranslations(locale);
  const [state, send] = usePracticeMachine('partnerConsole', partnerConsoleMachine, { input: { portal: getPortal() } });
  const { values, errors, agreement, notice } = state.context;
  const busy = state.hasTag('busy');
  const inLookup = state.matches('lookup') || state.matches('finding');
  const task: Task | null = state.matches({ agreement: 'correcting' }) || state.matches({ agreement: 'savingAddress' }) ? 'correct'
    : state.matches({ agreement: 'replacing' }) || state.matches({ agreement: 'savingAdministrator' }) ? 'replace' : null;
  const lookupErrors = inLookup ? errors : noErrors;
  const errorsOf = (which: Task) => (task === which ? errors : noErrors);
  const focus = {
    lookup: useFocusFirstError('partner', lookupErrors, busy),
    correct: useFocusFirstError('partner-email', errorsOf('correct'), busy),
    replace: useFocusFirstError('partner-admin', errorsOf('replace'), busy),
  };

  const toLookup = () => {
    if (!inLookup) send({ type: 'agreement.close' });
  };
  const open = (which: Task) => {
    if (task === which) return;
    if (task) send({ type: 'form.cancel' });
    send({ type: opens[which] });
  };
  const submitted = (which: PartnerForm, before: () => void) => (event: FormEvent) => {
    event.preventDefault();
    before();
    focus[which].arm();
    send({ type: 'form.check' });
    send({ type: 'form.submit' });
  };
  const taskForm = <F extends string>(which: Task, fields: readonly F[]) => ({
    values: Object.fromEntries(fields.map((field) => [field, task === which ? values[field as keyof typeof values] : ''])) as Record<F, string>,
    errors: errorsOf(which),
    onChange: (field: F, value: string) => {
      open(which);
      send({ type: 'field.change', field, value });
    },
    onBlur: (field: F) => {
      if (task === which) send({ type: 'field.blur', field });
    },
    onSubmit: submitted(which, () => open(which)),
  });

  return (
    <section className="sim-portal" aria-labelledby="sim-partner-name">
      <p className="sim-portal-bar" id="sim-partner-name"><span aria-hidden="true">▦ </span>{t('sim.toPartner')}</p>
      <div className="sim-portal-body">
        <PartnerLookupScreen t={t} agreementNumber={values.agreementNumber} errors={lookupErrors} busy={busy}
          onChange={(value) => {
            toLookup();
            send({ type: 'field.change', field: 'agreementNumber', value });
          }}
          onBlur={() => {
            if (inLookup) send({ type: 'field.blur', field: 'agreementNumber' });
          }}
          onSubmit={submitted('lookup', toLookup)} />
        {agreement && !inLookup && (
          <PartnerAgreementScreen key={agreement.agreementNumber} t={t} agreement={agreement} notice={notice} busy={busy} languages={languages}
            resendRefusal={task ? undefined : errors['form']}
            onResend={() => {
              if (task) send({ type: 'form.cancel' });
              send({ type: 'invitation.resend' });
            }}
            address={taskForm('correct', ['email'] as const)}
            administrator={taskForm<AdministratorField>('replace', ['name', 'email', 'preferredLanguage'])} />
        )}
      </div>
    </section>
  );
}
