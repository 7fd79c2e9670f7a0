import type { Locale } from '../../i18n/locales';
import { panelTranslations } from '../../i18n/panels';
import { simTranslations } from '../../i18n/sim/client';
import type { SimTranslate } from '../../i18n/sim';
import { decoded } from '../../domain/text';
import { AcceptInvitation } from './AcceptInvitation';
import Mailbox from '../../islands/Mailbox';
import { useNavigation } from '../../islands/parts/navigation';
import { PanelFrame, WhenSignedOut } from '../../islands/panels/PanelFrame';
import { useChangeSince } from '../../islands/panels/useChangeSince';

/** `accept-invitation`: the invitation email in the mailbox, and the create-account form it opens. */
export default function AcceptPanel({ locale }: { locale: Locale }) {
  const t = simTranslations(locale);
  const tp = panelTranslations(locale);
  const useOutcome = () =>
    useChangeSince(
      (portal) => portal.getSession(),
      (first, now) => (now && now.user.id !== first?.user.id ? tp('panel.accept.created', { name: now.user.name, email: now.user.email }) : undefined),
    );
  return (
    <PanelFrame section="accept-invitation" locale={locale} t={t} tp={tp} useOutcome={useOutcome}>
      <WhenSignedOut t={t} tp={tp}><Screens locale={locale} t={t} /></WhenSignedOut>
    </PanelFrame>
  );
}

function Screens({ locale, t }: { locale: Locale; t: SimTranslate }) {
  const { route } = useNavigation();
  const token = /^accept\/(.+)$/.exec(route)?.[1];
  return token ? <AcceptInvitation key={token} token={decoded(token)} locale={locale} t={t} /> : <Mailbox locale={locale} />;
}
