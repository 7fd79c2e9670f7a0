import type { Organization } from './agreement';
import type { AssociatedDomain } from './orgDomains';
import type { SimClock } from './clock';
import type { Invitation } from './invitation';
import type { MailMessage } from './mailbox';
import type { User } from './user';

/** Who is signed in in this browser, like a session cookie every tab shares. */
export interface Session {
  readonly userId: string;
  readonly signedInAt: string;
}

/**
 * Everything the simulated portal knows: one organization and its MPSA, its users, the
 * invitations ever issued, associated domains, the mailboxes, the clock and the session.
 * Immutable: every command returns a new state, which is what makes commands all-or-nothing.
 */
export interface PortalState {
  readonly organization: Organization;
  readonly users: readonly User[];
  readonly invitations: readonly Invitation[];
  readonly domains: readonly AssociatedDomain[];
  readonly mailbox: readonly MailMessage[];
  readonly clock: SimClock;
  readonly session: Session | null;
}

/** Generates ids and link tokens. Injected so tests are deterministic; `crypto.randomUUID` otherwise. */
export interface CommandContext {
  readonly newId: () => string;
}

export function findUserById(state: PortalState, id: string): User | undefined {
  return state.users.find((user) => user.id === id);
}

/** `email` must already be normalized. */
export function findUserByEmail(state: PortalState, email: string): User | undefined {
  return state.users.find((user) => user.email === email);
}

export function findInvitation(state: PortalState, token: string): Invitation | undefined {
  return state.invitations.find((invitation) => invitation.token === token);
}

/** The newest invitation to an address (pending, expired, or otherwise). */
export function latestInvitationFor(state: PortalState, email: string): Invitation | undefined {
  return state.invitations.findLast((invitation) => invitation.email === email);
}

/** The signed-in user, if the session still points at an active one. */
export function currentUser(state: PortalState): User | undefined {
  const user = state.session ? findUserById(state, state.session.userId) : undefined;
  return user?.status === 'active' ? user : undefined;
}

/** How many active users hold Account administrator: must never drop from one to zero. */
export function activeAccountAdministrators(state: PortalState): number {
  return state.users.filter((user) => user.status === 'active' && user.roles.includes('account-administrator')).length;
}
