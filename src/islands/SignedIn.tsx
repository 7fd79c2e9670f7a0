import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../i18n/locales';
import type { SimTranslate } from '../i18n/sim';
import { assignmentRuleShownFor, sessionMay } from '../machines/session';
import type { SessionView } from '../store';
import { profileRolesNotes } from './parts/assignmentRule';
import { usePortalData } from './parts/hooks';
import { usePracticeOpened } from './parts/practiceBridge';
import { RouteLink } from './parts/navigation';
import { useSignOut } from '../flows/sign-out/useSignOut';
import { DashboardScreen } from './screens/DashboardScreen';
import { ProfileScreen } from '../flows/my-profile/ProfileScreen';
import { UserMenu } from './screens/UserMenu';
import { ManageUsers } from '../flows/manage-users/ManageUsers';
import { Domains } from '../flows/associate-domain/Domains';

type Props = { session: SessionView; route: string; locale: Locale; t: SimTranslate };

/** The signed-in portal: the header with Account and the user menu, and the current page. */
export function SignedIn({ session, route, locale, t }: Props) {
  const mayViewUsers = sessionMay(session, 'users.view');
  const mayViewDomains = sessionMay(session, 'domains.view');
  usePracticeOpened('profile', route === 'profile' ? session.user.email : null);
  return (
    <div className="sim-portal-signed-in">
      <nav className="sim-portal-nav" aria-label={t('portal.nav')}>
        <RouteLink to="dashboard" current={route === 'dashboard' || route === ''}>{t('portal.dashboard')}</RouteLink>
        {mayViewUsers && <RouteLink to="users" current={route === 'users'}>{t('portal.account')} › {t('portal.manageAccess')}</RouteLink>}
        {mayViewDomains && <RouteLink to="domains" current={route === 'domains'}>{t('portal.account')} › {t('portal.domains')}</RouteLink>}
        <UserMenuDisclosure name={session.user.name} t={t} />
      </nav>
      {route === 'profile' ? <ProfileScreen user={session.user} locale={locale} t={t} rolesNotes={profileRolesNotes(session.user, assignmentRuleShownFor(session), t, locale)} />
        : route === 'users' && mayViewUsers ? <ManageUsers locale={locale} t={t} />
        : route === 'domains' && mayViewDomains ? <Domains locale={locale} t={t} />
        : <Dashboard name={session.user.name} t={t} />}
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
