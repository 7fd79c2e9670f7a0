import { Fragment, Suspense, useEffect, useRef, useState } from 'react';
import { useSignOut } from '../flows/sign-out/useSignOut';
import type { Locale } from '../i18n/locales';
import type { SimTranslate } from '../i18n/sim';
import type { SessionView } from '../store';
import { usePortalData } from './parts/hooks';
import { RouteLink } from './parts/navigation';
import { matchRoute, mayOpen, portalRoutes } from './routes';
import { DashboardScreen } from './screens/DashboardScreen';
import { UserMenu } from './screens/UserMenu';

type Props = { session: SessionView; route: string; locale: Locale; t: SimTranslate };

/**
 * The signed-in portal: the header with the menu (the flows' routes this session may open) and
 * the user menu, and the current page: the route's flow view, or the dashboard.
 */
export function SignedIn({ session, route, locale, t }: Props) {
  const match = matchRoute(route);
  const open = match && mayOpen(match.route, session) ? match : undefined;
  return (
    <div className="sim-portal-signed-in">
      <nav className="sim-portal-nav" aria-label={t('portal.nav')}>
        <RouteLink to="dashboard" current={route === 'dashboard' || route === ''}>{t('portal.dashboard')}</RouteLink>
        {portalRoutes.filter((candidate) => candidate.menu && mayOpen(candidate, session)).map((candidate) => (
          <RouteLink key={candidate.path} to={candidate.path} current={route === candidate.path}>
            {candidate.menu?.map((key, index) => <Fragment key={key}>{index > 0 && ' › '}{t(key)}</Fragment>)}
          </RouteLink>
        ))}
        <UserMenuDisclosure name={session.user.name} t={t} />
      </nav>
      <Suspense fallback={<p role="status">{t('sim.loading')}</p>}>
        {open ? <open.route.View param={open.param} session={session} locale={locale} t={t} /> : <Dashboard name={session.user.name} t={t} />}
      </Suspense>
    </div>
  );
}

/** The user menu's open/closed state and focus (UI state); Sign out is `signOutMachine`'s. */
function UserMenuDisclosure({ name, t }: { name: string; t: SimTranslate }) {
  const [open, setOpen] = useState(false);
  const first = useRef<HTMLAnchorElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const { signOut, refusal } = useSignOut();
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  return (
    <UserMenu t={t} name={name} open={open} refusal={refusal} toggleRef={toggle} firstRef={first}
      onToggle={() => setOpen(!open)} onProfile={() => setOpen(false)} onSignOut={signOut}
      onEscape={() => {
        setOpen(false);
        toggle.current?.focus();
      }} />
  );
}

/** The dashboard, with the agreement as the store answers it (only to those who may see it). */
function Dashboard({ name, t }: { name: string; t: SimTranslate }) {
  const answer = usePortalData((portal) => portal.getAgreement());
  return <DashboardScreen t={t} name={name} agreement={answer?.ok ? answer.agreement : null} />;
}
