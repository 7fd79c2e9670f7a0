import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { simTranslations } from '../../../src/i18n/sim';
import { CreateAccountScreen } from '../../../src/flows/accept-invitation/CreateAccountScreen';
import { DashboardScreen } from '../../../src/islands/screens/DashboardScreen';
import { EditRolesScreen } from '../../../src/flows/manage-users/EditRolesScreen';
import { ManageUsersScreen } from '../../../src/flows/manage-users/ManageUsersScreen';
import { PartnerAgreementScreen } from '../../../src/flows/partner-console/PartnerAgreementScreen';
import { PartnerLookupScreen } from '../../../src/flows/partner-console/PartnerLookupScreen';
import { ProfileScreen } from '../../../src/flows/my-profile/ProfileScreen';
import { SignInScreen } from '../../../src/flows/sign-in/SignInScreen';
import { UserMenu } from '../../../src/islands/screens/UserMenu';
import { UserRowActions } from '../../../src/flows/manage-users/UserRowActions';
import type { PartnerAgreementView, UserView } from '../../../src/store/viewTypes';

/**
 * The screens are pure: they render from plain props alone, outside a browser, with no machine
 * and no store (as the guide's figures render them at build time).
 */
const t = simTranslations('en');
const none = () => {};
const render = <P extends object>(component: FunctionComponent<P>, props: P) => renderToStaticMarkup(createElement(component, props));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' ');

const harry = {
  id: 'u1', email: 'harry@contoso.com', name: 'Harry Roldan', preferredLanguage: 'en', country: 'US', roles: ['account-administrator'], status: 'active',
  invitedAt: '2016-11-01T09:00:00.000Z', activatedAt: '2016-11-02T09:00:00.000Z', isPurchasingAccountAdministrator: true, canUseOnlineServices: false,
  invitation: null, registration: 'active',
} as const satisfies UserView;
const mina = { ...harry, id: 'u2', email: 'mina@contoso.com', name: 'Mina Sato', roles: ['report-viewer'], status: 'invited', activatedAt: null, isPurchasingAccountAdministrator: false, registration: 'expired' } as const satisfies UserView;
const agreement: PartnerAgreementView = {
  organization: 'Contoso', agreementNumber: '1234567890', purchasingAccountNumber: '5012345678', partner: { name: 'Fabrikam' },
  purchasingAccountAdministrator: { name: 'Harry Roldan', email: 'harry@contoso.com', preferredLanguage: 'en' }, administratorStatus: 'invited', invitation: null,
};
const task = <F extends string>(values: Record<F, string>) => ({ values, errors: {}, onChange: none, onBlur: none, onSubmit: none });

describe('screens render from plain props', () => {
  it('sign-in, with its labels and a field error', () => {
    const html = text(render(SignInScreen, { t, formId: 'signin', values: { email: 'harry@outlook.com', password: '' }, errors: { email: 'error.email.personal' }, busy: false, onChange: none, onBlur: none, onSubmit: none }));
    for (const label of [t('signIn.heading'), t('signIn.email'), t('signIn.password'), t('signIn.submit'), t('signIn.resend'), t('error.email.personal')]) expect(html).toContain(label);
  });

  it('create account: no box to tick; beside Start, the sentence that Start accepts the terms, with its links in place', () => {
    for (const locale of ['en', 'zh-tw', 'ja'] as const) {
      const tl = simTranslations(locale);
      const html = render(CreateAccountScreen, {
        t: tl, errors: {}, countries: [], values: { name: harry.name, password: '', confirmPassword: '', country: 'US' },
        invitation: { email: harry.email, organization: 'Contoso', agreementNumber: '1234567890' },
      });
      expect(html).not.toContain('type="checkbox"');
      // Both links stay on the site (the simulator page's practice terms), in a new tab, and no placeholder is left.
      expect(html.match(/<a href="#\/terms" target="_blank" rel="noopener">/g)).toHaveLength(2);
      expect(html).not.toMatch(/\{\w+\}/);
      const sentence = text(/<p id="accept-terms"[^>]*>(.*?)<\/p>/.exec(html)?.[1] ?? '');
      for (const link of [tl('accept.termsLink'), tl('accept.privacyLink')]) expect(sentence).toContain(link);
      expect(html).toMatch(/<button type="submit"[^>]*aria-describedby="accept-terms"/);
    }
    // The country hint is the portal's question alone (the source sends nobody to support).
    const hint = /<p class="sim-hint" id="accept-country-hint">(.*?)<\/p>/.exec(render(CreateAccountScreen, {
      t, errors: {}, countries: [], values: { name: '', password: '', confirmPassword: '', country: '' }, invitation: { email: harry.email, organization: 'Contoso', agreementNumber: '1234567890' },
    }))?.[1];
    expect(hint).toBe('Not seeing your country or region?');
  });

  it('dashboard, user menu and My profile', () => {
    expect(text(render(DashboardScreen, { t, name: harry.name, agreement }))).toContain(t('dashboard.welcome', { name: harry.name }));
    const menu = text(render(UserMenu, { t, name: harry.name, open: true, onToggle: none, onEscape: none, onProfile: none, onSignOut: none }));
    for (const label of [t('portal.profile'), t('portal.signOut')]) expect(menu).toContain(label);
    expect(text(render(ProfileScreen, { t, locale: 'en', user: harry }))).toContain(t('role.account-administrator'));
  });

  it('Manage users, a row’s actions and the roles editor', () => {
    const list = text(render(ManageUsersScreen, {
      t, locale: 'en', headingId: 'h', outcomeId: 'o', outcome: null, list: { users: [harry, mina] },
      actionsFor: (user) => createElement(UserRowActions, {
        t, user, confirming: false, mayResend: user.status !== 'active', mayEditRoles: true, mayRemove: true, removeRefused: false, outcomeId: 'o',
        onEdit: none, onResend: none, onAskRemove: none, onConfirmRemove: none, onCancelRemove: none,
      }),
    }));
    for (const label of [t('users.heading'), t('users.status.active'), t('users.status.expired'), t('users.resend'), t('users.edit', { name: mina.name })]) expect(list).toContain(label);
    const reason = 'Your User administrator role lets you assign any role except Account administrator.';
    const roles = render(EditRolesScreen, {
      t, name: harry.name, errors: {}, busy: false, saved: false, onToggle: none, onSubmit: none, onClose: none, lockedReason: reason,
      choices: [{ role: 'account-administrator', checked: true, locked: true }, { role: 'report-viewer', checked: false, locked: false }],
    });
    // Beside the locked box only, and tied to it.
    expect(roles.split(reason)).toHaveLength(2);
    expect(roles).toMatch(/id="roles-roles"[^>]*aria-describedby="roles-account-administrator-locked"/);
  });

  it('the partner console’s forms', () => {
    expect(text(render(PartnerLookupScreen, { t, agreementNumber: '', errors: {}, busy: false, onChange: none, onBlur: none, onSubmit: none }))).toContain(t('partner.find'));
    const html = text(render(PartnerAgreementScreen, {
      t, agreement, notice: null, resendRefusal: undefined, busy: false, languages: [{ value: 'en', label: 'English' }], onResend: none,
      address: task({ email: '' }), administrator: task({ name: '', email: '', preferredLanguage: '' }),
    }));
    for (const label of [t('partner.resend'), t('partner.changeEmail'), t('partner.changeAdminSubmit'), t('partner.status.invited')]) expect(html).toContain(label);
  });
});
