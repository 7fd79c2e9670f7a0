import { example } from '../../config/exampleData';
import type { Locale } from '../../config/locales';
import { practiceData } from '../../config/practiceData';
import type { TermId } from '../glossary/types';
import type { SimKey } from '../en/sim';

/**
 * Where each `{placeholder}` of the practice texts comes from: a glossary term (`term`, spelled by
 * the glossary or, for a portal label, by the simulator's dictionary), a portal label the glossary
 * does not list (`label`), a language's own name as the Preferred language list shows it
 * (`language`), or the scenarios' example data (`value`, the same in every language).
 */
export type PlaceholderSource = { readonly term: TermId } | { readonly label: SimKey } | { readonly language: Locale } | { readonly value: string };

export const practicePlaceholders = {
  // Terms of the glossary.
  product: { term: 'product' },
  purchasingAccountAdministrator: { term: 'purchasingAccountAdministrator' },
  partner: { term: 'partner' },
  workAccount: { term: 'workAccount' },
  microsoftAccount: { term: 'microsoftAccount' },
  domain: { term: 'domain' },
  spamFilter: { term: 'spamFilter' },
  signInPage: { term: 'signInPage' },
  userMenu: { term: 'userMenu' },
  // Portal labels the glossary names.
  resendLink: { term: 'resendLink' },
  resendSubmit: { term: 'resendSubmit' },
  workEmail: { term: 'workEmail' },
  getStartedNow: { term: 'getStartedNow' },
  createAccount: { term: 'createAccount' },
  createPassword: { term: 'createPassword' },
  confirmPassword: { term: 'confirmPassword' },
  start: { term: 'start' },
  dashboard: { term: 'dashboard' },
  myProfile: { term: 'myProfile' },
  account: { term: 'menu.account' },
  manageAccess: { term: 'menu.manageAccess' },
  manageUsers: { term: 'menu.manageUsers' },
  inviteUsers: { term: 'menu.inviteUsers' },
  domainsMenu: { term: 'menu.domains' },
  preferredLanguage: { term: 'preferredLanguage' },
  agreementNumberField: { term: 'agreementNumber' },
  purchasingAccountField: { term: 'purchasingAccountNumber' },
  invite: { term: 'invite' },
  accountAdministrator: { term: 'role.account-administrator' },
  agreementAdministrator: { term: 'role.agreement-administrator' },
  userAdministrator: { term: 'role.user-administrator' },
  reportViewer: { term: 'role.report-viewer' },
  accountViewer: { term: 'role.account-viewer' },
  // Portal labels the glossary does not name.
  signInButton: { label: 'signIn.submit' },
  mailboxes: { label: 'mailbox.heading' },
  addRow: { label: 'invite.addRow' },
  saveRoles: { label: 'roles.save' },
  remove: { label: 'users.remove' },
  removeConfirm: { label: 'users.removeConfirm' },
  domainName: { label: 'domains.field' },
  associateDomain: { label: 'domains.submit' },
  partnerCenterButton: { label: 'sim.toPartner' },
  findAgreement: { label: 'partner.find' },
  changeAdmin: { label: 'partner.changeAdmin' },
  changeAdminSubmit: { label: 'partner.changeAdminSubmit' },
  partnerResend: { label: 'partner.resend' },
  // The Preferred language list names each language in itself: Mina's and Lee's languages.
  japanese: { language: example.colleagueLanguage },
  traditionalChinese: { language: practiceData.leeLanguage },
  // Example data.
  harryEmail: { value: example.adminEmail },
  minaName: { value: example.colleagueName },
  minaEmail: { value: example.colleagueEmail },
  leeName: { value: practiceData.leeName },
  leeEmail: { value: practiceData.leeEmail },
  agreement: { value: example.agreementNumber },
  purchasingAccount: { value: example.purchasingAccountNumber },
  wrongPurchasingAccount: { value: practiceData.wrongPurchasingAccount },
  contosoDomain: { value: example.domain },
  password: { value: practiceData.password },
  personalAddress: { value: practiceData.personalAddress },
} as const satisfies Record<string, PlaceholderSource>;

export type PracticePlaceholder = keyof typeof practicePlaceholders;
