import type { Locale } from '../i18n/locales';
import { simTranslations } from '../i18n/sim/client';
import { lazy, Suspense } from 'react';
import { SignIn } from '../flows/sign-in/SignIn';
import { IntroCard } from './IntroCard';
import { usePortalData } from './parts/hooks';
import { useNavigation } from './parts/navigation';
import { matchRoute } from './routes';
import { PracticeTextsScreen, practiceTextsRoute } from './screens/PracticeTextsScreen';
import type { IntroPersona } from './screens/IntroCardScreen';

// The first screen, sign-in, comes with the page (and with it XState: sign-in runs on
// signInMachine); the other screens load when first opened (`routes.ts`), keeping the opening JavaScript small.
const SignedIn = lazy(() => import('./SignedIn').then((module) => ({ default: module.SignedIn })));

/**
 * The simulated Business Center, under the page's introduction card (who the trainee plays).
 * The screen follows the address's #fragment (so the mailbox's
 * "Get started now" link, another island, opens the accept page) and the store's session
 * (shared by all tabs, like a cookie). On a practice scenario's page (`practice`) the card gives
 * Contoso's details only: the scenario says who the trainee is and what to do.
 */
export default function PortalApp({ locale, practice = false, persona }: { locale: Locale; practice?: boolean; persona?: IntroPersona | undefined }) {
  const t = simTranslations(locale);
  const { route } = useNavigation();
  const session = usePortalData((portal) => portal.getSession());
  const match = matchRoute(route);
  let screen;
  // The practice terms read the same signed in or out: the accept page opens them in a new tab.
  if (route === practiceTextsRoute) screen = <PracticeTextsScreen t={t} />;
  else if (match?.route.session === 'any') screen = <match.route.View key={match.param} param={match.param} session={session ?? null} locale={locale} t={t} />;
  else if (session === undefined) screen = <p role="status">{t('sim.loading')}</p>;
  else if (session) screen = <SignedIn session={session} route={route} locale={locale} t={t} />;
  else if (match?.route.session === 'signedOut') screen = <match.route.View param={match.param} session={null} locale={locale} t={t} />;
  else screen = <SignIn t={t} />;
  return (
    <>
      <IntroCard t={t} detailsOnly={practice} persona={persona} />
      <section className="sim-portal" aria-labelledby="sim-portal-name">
        <p className="sim-portal-bar" id="sim-portal-name"><span aria-hidden="true">▦ </span>{t('portal.name')}</p>
        <div className="sim-portal-body"><Suspense fallback={<p role="status">{t('sim.loading')}</p>}>{screen}</Suspense></div>
      </section>
    </>
  );
}
