import { useEffect, useRef, useState } from 'react';
import { countryName } from '../domain/countries';
import { langOf, localeInfo, type Locale } from '../i18n/locales';
import { formatList } from '../i18n/sim/intl';
import type { SimTranslate } from '../i18n/sim';
import { getPortal, type SessionView } from '../store';
import { FocusHeading } from './parts/FocusHeading';
import { usePortalData } from './parts/hooks';
import { RouteLink, useNavigation } from './parts/navigation';
import { ManageUsers } from './ManageUsers';
import { Domains } from './Domains';

type Props = { session: SessionView; route: string; locale: Locale; t: SimTranslate };

/** The signed-in portal: the header with Account and the user menu, and the current page. */
export function SignedIn({ session, route, locale, t }: Props) {
  return (
    <div className="sim-portal-signed-in">
      <nav className="sim-portal-nav" aria-label={t('portal.nav')}>
        <RouteLink to="dashboard" current={route === 'dashboard' || route === ''}>{t('portal.dashboard')}</RouteLink>
        {session.permissions.includes('users.view') && <RouteLink to="users" current={route === 'users'}>{t('portal.account')} › {t('portal.manageAccess')}</RouteLink>}
        {session.permissions.includes('domains.view') && <RouteLink to="domains" current={route === 'domains'}>{t('portal.account')} › {t('portal.domains')}</RouteLink>}
        <UserMenu session={session} t={t} />
      </nav>
      {route === 'profile' ? <Profile session={session} locale={locale} t={t} />
        : route === 'users' && session.permissions.includes('users.view') ? <ManageUsers locale={locale} t={t} />
        : route === 'domains' && session.permissions.includes('domains.view') ? <Domains locale={locale} t={t} />
        : <Dashboard session={session} t={t} />}
    </div>
  );
}

/** The user's name, top right: a disclosure with My profile and Sign out. */
function UserMenu({ session, t }: { session: SessionView; t: SimTranslate }) {
  const { go } = useNavigation();
  const [open, setOpen] = useState(false);
  const first = useRef<HTMLAnchorElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  return (
    <div className="sim-user-menu" onKeyDown={(event) => {
      if (event.key === 'Escape' && open) {
        setOpen(false);
        toggle.current?.focus();
      }
    }}>
      <button ref={toggle} type="button" className="sim-button sim-secondary" aria-expanded={open} aria-controls="sim-user-menu-list"
        aria-label={t('portal.userMenu', { name: session.user.name })} onClick={() => setOpen(!open)}>
        {session.user.name} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul id="sim-user-menu-list" className="sim-user-menu-list">
          <li><RouteLink ref={first} to="profile" onFollow={() => setOpen(false)}>{t('portal.profile')}</RouteLink></li>
          <li><button type="button" className="sim-link-button" onClick={() => { void getPortal().signOut(); go(''); }}>{t('portal.signOut')}</button></li>
        </ul>
      )}
    </div>
  );
}

function Dashboard({ session, t }: { session: SessionView; t: SimTranslate }) {
  const agreement = usePortalData((portal) => portal.getAgreement());
  return (
    <div className="sim-screen">
      <FocusHeading>{t('dashboard.heading')}</FocusHeading>
      <p>{t('dashboard.welcome', { name: session.user.name })}</p>
      {agreement?.ok && (
        <p>{t('dashboard.agreement', {
          agreementNumber: agreement.agreement.agreementNumber, organization: agreement.agreement.organization,
          purchasingAccountNumber: agreement.agreement.purchasingAccountNumber, partner: agreement.agreement.partner.name,
        })}</p>
      )}
    </div>
  );
}

export function Profile({ session, locale, t }: { session: SessionView; locale: Locale; t: SimTranslate }) {
  const { user } = session;
  const rows: [string, string][] = [
    [t('profile.name'), user.name],
    [t('profile.email'), user.email],
    [t('profile.roles'), formatList(user.roles.map((role) => t(`role.${role}`)), locale)],
    [t('profile.language'), localeInfo[user.preferredLanguage].label],
    [t('profile.country'), user.country ? countryName(user.country, langOf(locale)) : '—'],
  ];
  return (
    <div className="sim-screen">
      <FocusHeading>{t('profile.heading')}</FocusHeading>
      <dl className="sim-details">
        {rows.map(([term, value]) => <div key={term}><dt>{term}</dt><dd>{value}</dd></div>)}
      </dl>
    </div>
  );
}
