import type { LanguageId } from '../languages';
import type { RoleId } from '../roles';
import type { CommandContext, PortalState } from '../state';
import type { User } from '../user';

/** State edits shared by several commands. Each returns a new state; none checks rules. */

export interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly preferredLanguage: LanguageId;
  readonly country: string | null;
  readonly roles: readonly RoleId[];
}

/** Adds a user in status invited and returns it with the new state. */
export function addInvitedUser(state: PortalState, fields: NewUser, context: CommandContext): { state: PortalState; user: User } {
  const user: User = {
    id: context.newId(),
    ...fields,
    status: 'invited',
    passwordHash: null,
    invitedAt: state.clock.now,
    activatedAt: null,
  };
  return { state: { ...state, users: [...state.users, user] }, user };
}

export function updateUser(state: PortalState, id: string, change: Partial<Omit<User, 'id'>>): PortalState {
  return { ...state, users: state.users.map((user) => (user.id === id ? { ...user, ...change } : user)) };
}

/** Marks every pending invitation to `email` replaced, so its link never works again. */
export function replacePending(state: PortalState, email: string): PortalState {
  const invitations = state.invitations.map((invitation) =>
    invitation.email === email && invitation.status === 'pending' ? { ...invitation, status: 'replaced' as const } : invitation,
  );
  return { ...state, invitations };
}

/**
 * Removes a user and, when they were signed in, the session. Invitations to their address are
 * deleted (their links then answer "unknown"), or with `keepInvitations` kept and any pending
 * one marked replaced (their links answer "replaced", as after a partner names someone else).
 */
export function deleteUser(state: PortalState, user: User, keepInvitations = false): PortalState {
  const invitations = keepInvitations
    ? replacePending(state, user.email).invitations
    : state.invitations.filter((invitation) => invitation.email !== user.email);
  return {
    ...state,
    users: state.users.filter((candidate) => candidate.id !== user.id),
    invitations,
    session: state.session?.userId === user.id ? null : state.session,
  };
}
