import type { SimKey } from '../en/sim';

/**
 * The portal's terms: the things the guide, the simulator's screens, its mails and the figures
 * must call by the same name. Every locale's glossary holds exactly these ids.
 */
export const termIds = [
  'product',
  'mpsa',
  'mpsaShort',
  'purchasingAccountAdministrator',
  'purchasingAccountContact',
  'purchasingAccountNumber',
  'agreementNumber',
  'workAccount',
  'workEmail',
  'microsoftAccount',
  'partner',
  'partnerCenter',
  'role',
  'role.account-administrator',
  'role.agreement-administrator',
  'role.user-administrator',
  'role.account-manager',
  'role.report-viewer',
  'role.account-viewer',
  'menu.account',
  'menu.manageAccess',
  'menu.manageUsers',
  'menu.inviteUsers',
  'menu.domains',
  'myProfile',
  'userMenu',
  'dashboard',
  'signInPage',
  'resendLink',
  'resendSubmit',
  'getStartedNow',
  'createAccount',
  'createPassword',
  'confirmPassword',
  'start',
  'invite',
  'inviteAnother',
  'emailAddress',
  'name',
  'preferredLanguage',
  'countryRegion',
  'roles',
  'domain',
  'invitationExpiry',
  'spamFilter',
  'resend',
] as const;

export type TermId = (typeof termIds)[number];

interface TermWords {
  /**
   * Wrong or outdated spellings of the term. The prose linter (textlint with prh) flags each one
   * in the guide's pages and in the simulator's, the panels' and the mails' texts, and proposes
   * the term. Only spellings that are never right in this language belong here.
   */
  readonly variants?: readonly string[];
  // A variant written /like this/ is a regular expression (as prh reads it), for a wrong
  // spelling that is part of a right one: ja /再送(?!信)/.
  /**
   * Words readers type when they look for the term, which the pages may not use (ja 役割 for
   * ロール). Search indexes them on the sections that use the term; excerpts never show them.
   */
  readonly synonyms?: readonly string[];
}

/** A term that is not one portal label: the glossary is where it is spelled. */
export interface SpelledTerm extends TermWords {
  readonly term: string;
}

/** A term that is a portal label: the simulator's dictionary spells it, once, under this key. */
export interface LabelTerm extends TermWords {
  readonly label: SimKey;
}

export type TermEntry = SpelledTerm | LabelTerm;

/** One language's glossary. */
export type Glossary = Readonly<Record<TermId, TermEntry>>;
