import type { Locale } from '../../i18n/locales';
import { formatList } from '../../i18n/sim/intl';
import { panelTranslations } from '../../i18n/panels';
import { sessionMay } from '../../machines/session';
import { simTranslations } from '../../i18n/sim/client';
import type { SimTranslate } from '../../i18n/sim';
import type { SessionView } from '../../store';
import { usePortalData } from '../../islands/parts/hooks';
import { useNavigation } from '../../islands/parts/navigation';
import { SignedIn } from '../../islands/SignedIn';
import { PanelFrame, WhenSignedIn } from '../../islands/panels/PanelFrame';

/** `get-started`: the dashboard, the user menu (top right) and My profile, with what the roles allow. */
export default function ProfilePanel({ locale }: { locale: Locale }) {
  const t = simTranslations(locale);
  const tp = panelTranslations(locale);
  const useOutcome = () => {
    const { route } = useNavigation();
    const session = usePortalData((portal) => portal.getSession());
    if (route !== 'profile' || !session) return undefined;
    const roles = formatList(session.user.roles.map((role) => t(`role.${role}`)), locale);
    const key = sessionMay(session, 'users.invite') ? 'panel.profile.mayInvite' : 'panel.profile.mayNotInvite';
    return tp(key, { name: session.user.name, roles });
  };
  return (
    <PanelFrame section="get-started" locale={locale} t={t} tp={tp} useOutcome={useOutcome}>
      <WhenSignedIn t={t} formId="try-profile-signin">{(session) => <Screen session={session} locale={locale} t={t} />}</WhenSignedIn>
    </PanelFrame>
  );
}

function Screen({ session, locale, t }: { session: SessionView; locale: Locale; t: SimTranslate }) {
  const { route } = useNavigation();
  return <SignedIn session={session} route={route} locale={locale} t={t} />;
}
