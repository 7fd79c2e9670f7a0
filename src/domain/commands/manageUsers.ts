import { fail, formError, type Result } from '../errors';
import { canAssign, isRoleId, sortRoles, validateRoleShape, type RoleId } from '../roles';
import { activeAccountAdministrators, findUserById, latestInvitationFor, type CommandContext, type PortalState } from '../state';
import { text } from '../text';
import type { User } from '../user';
import { authorize } from './authorize';
import { issueInvitation } from './issueInvitation';
import type { CommandResult } from './result';
import { deleteUser, updateUser } from './userRecords';

function findTarget(state: PortalState, userId: unknown): Result<{ readonly target: User }> {
  const target = findUserById(state, text(userId));
  return target ? { ok: true, target } : formError('error.user.unknown');
}

/**
 * Nobody removes the last Account administrator (GUIDE-FACTS, our decisions): a change that
 * would leave no active user holding it is refused. Invited users do not count: they may
 * never accept.
 */
export function removesLastAccountAdministrator(state: PortalState, target: User, nextRoles: readonly RoleId[]): boolean {
  const losesRole = target.status === 'active' && target.roles.includes('account-administrator') && !nextRoles.includes('account-administrator');
  return losesRole && activeAccountAdministrators(state) <= 1;
}

/**
 * Sets a user's roles. Needs `users.manage`; every role added or taken away must be one the
 * actor may assign (a User administrator can neither grant nor take Account administrator).
 */
export function changeRoles(state: PortalState, input: { readonly userId?: unknown; readonly roles?: unknown }): CommandResult<{ readonly user: User }> {
  const authorized = authorize(state, 'users.manage');
  if (!authorized.ok) return authorized;
  const found = findTarget(state, input.userId);
  if (!found.ok) return found;
  const { target } = found;
  const { roles } = input;
  const shapeError = validateRoleShape(roles);
  if (shapeError) return fail({ roles: shapeError });
  const nextRoles = sortRoles((roles as unknown[]).filter(isRoleId));
  const touched = [...nextRoles.filter((role) => !target.roles.includes(role)), ...target.roles.filter((role) => !nextRoles.includes(role))];
  if (!canAssign(authorized.actor.roles, touched)) return fail({ roles: 'error.roles.notAssignable' });
  if (removesLastAccountAdministrator(state, target, nextRoles)) return formError('error.user.lastAccountAdministrator');
  return { ok: true, state: updateUser(state, target.id, { roles: nextRoles }), user: { ...target, roles: nextRoles } };
}

/**
 * Removes a user (or withdraws an invitation). Needs `users.manage` and every role the user
 * holds must be assignable by the actor; never the last Account administrator. Removing
 * yourself signs you out.
 */
export function removeUser(state: PortalState, input: { readonly userId?: unknown }): CommandResult {
  const authorized = authorize(state, 'users.manage');
  if (!authorized.ok) return authorized;
  const found = findTarget(state, input.userId);
  if (!found.ok) return found;
  const { target } = found;
  if (!canAssign(authorized.actor.roles, target.roles)) return formError('error.roles.notAssignable');
  if (removesLastAccountAdministrator(state, target, [])) return formError('error.user.lastAccountAdministrator');
  return { ok: true, state: deleteUser(state, target) };
}

/**
 * Sends an invited user a fresh invitation (say, after theirs expired), replacing the old one.
 * Needs `users.invite`, and the user's roles must be assignable by the actor.
 */
export function resendUserInvitation(state: PortalState, input: { readonly userId?: unknown }, context: CommandContext): CommandResult<{ readonly user: User }> {
  const authorized = authorize(state, 'users.invite');
  if (!authorized.ok) return authorized;
  const found = findTarget(state, input.userId);
  if (!found.ok) return found;
  const { target } = found;
  const { actor } = authorized;
  if (target.status === 'active') return formError('error.email.alreadyUser');
  if (!canAssign(actor.roles, target.roles)) return formError('error.roles.notAssignable');
  const kind = latestInvitationFor(state, target.email)?.kind ?? 'colleague';
  const issuedBy = { kind: 'user', userId: actor.id } as const;
  const issued = issueInvitation(state, { user: target, kind, issuedBy, inviterName: actor.name, resent: true }, context);
  return { ok: true, state: issued.state, user: target };
}
