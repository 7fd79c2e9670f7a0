import { useState } from 'react';
import type { Locale } from '../../i18n/locales';
import { panelTranslations } from '../../i18n/panels';
import { sessionMay } from '../../machines/session';
import { simTranslations } from '../../i18n/sim/client';
import { InviteUsers } from './InviteUsers';
import { Notice } from '../../islands/parts/Notice';
import { PanelFrame, WhenSignedIn } from '../../islands/panels/PanelFrame';
import { useNewMail } from '../../islands/panels/useNewMail';

/** `invite-users`: Manage users › Invite users, and the invitations it sends. */
export default function InvitePanel({ locale }: { locale: Locale }) {
  const t = simTranslations(locale);
  const tp = panelTranslations(locale);
  // Closing the form opens a fresh one: the panel is only about inviting.
  const [round, setRound] = useState(0);
  const useOutcome = () => useNewMail(tp, locale);
  return (
    <PanelFrame section="invite-users" locale={locale} t={t} tp={tp} useOutcome={useOutcome}>
      <WhenSignedIn t={t} formId="try-invite-signin">
        {(session) => sessionMay(session, 'users.invite')
          ? <InviteUsers key={round} locale={locale} t={t} onClose={() => setRound(round + 1)} />
          : <Notice kind="warning">{t('error.auth.forbidden')}</Notice>}
      </WhenSignedIn>
    </PanelFrame>
  );
}
