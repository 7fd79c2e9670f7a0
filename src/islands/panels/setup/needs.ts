import type { Permission } from '../../../domain/permissions';
import type { PanelSection } from '../index';

/**
 * What the store must hold for a panel's step to be done as the guide describes it:
 * - `administrator`: someone signed in who may do `permission` (any signed-in user if `null`);
 * - `invitation`: Harry's invitation waiting in his mailbox, its link still working;
 * - `signedOut`: the sign-in page, nobody signed in, Harry not registered yet.
 */
export type PanelNeed =
  | { readonly kind: 'administrator'; readonly permission: Permission | null }
  | { readonly kind: 'invitation' }
  | { readonly kind: 'signedOut' };

/** Each panel's need, by section; `null`: the step uses no practice data (the work-account check). */
export const panelNeeds: Readonly<Record<PanelSection, PanelNeed | null>> = {
  'request-resend': { kind: 'signedOut' },
  'accept-invitation': { kind: 'invitation' },
  'sign-in-address': null,
  'get-started': { kind: 'administrator', permission: null },
  'invite-users': { kind: 'administrator', permission: 'users.invite' },
  roles: { kind: 'administrator', permission: 'users.manage' },
  domains: { kind: 'administrator', permission: 'domains.manage' },
};
