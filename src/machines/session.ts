import { permissionsOf, type Permission } from '../domain/permissions';
import { assignmentRuleFor, type AssignmentGrant, type RoleId } from '../domain/roles';
import type { SessionView, UserView } from '../store/viewTypes';

/** The roles a user holds: none for a user not (or no longer) known. */
export function userRoles(user: UserView | null): readonly RoleId[] {
  return user?.roles ?? [];
}

/**
 * Whether the signed-in user may do `permission`, as the store's session answers it
 * (`SessionView.permissions`): the one place machines and views read what a user may do, the
 * way a client of a portal server would. Nobody signed in may do nothing.
 * @example sessionMay(session, 'users.invite')
 */
export function sessionMay(session: SessionView | null | undefined, permission: Permission): boolean {
  return session?.permissions.includes(permission) ?? false;
}

/** Whether the signed-in user may give or take `role` (`SessionView.assignableRoles`). */
export function sessionMayAssign(session: SessionView | null | undefined, role: RoleId): boolean {
  return session?.assignableRoles.includes(role) ?? false;
}

/**
 * What `role` allows, from the domain's permission table: for showing it (the roles panel of the
 * guide), never for deciding what someone may do (that is `sessionMay`). Views read the table
 * through this one helper.
 * @example permissionsShownFor('report-viewer') // ['agreements.view', 'keys.view', …]
 */
export function permissionsShownFor(role: RoleId): readonly Permission[] {
  return permissionsOf([role]);
}

/**
 * The rule the signed-in user assigns roles under, and the role of theirs it comes from, from
 * the domain's table: for saying it (beside the role boxes, why one is locked), never for
 * deciding (that is `sessionMayAssign`). Both read the same domain table, so the sentence and
 * the locked boxes agree.
 * @example assignmentRuleShownFor(session) // { role: 'user-administrator', rule: { kind: 'anyBut', roles: ['account-administrator'] } }
 */
export function assignmentRuleShownFor(session: SessionView | null | undefined): AssignmentGrant | undefined {
  return session ? assignmentRuleFor(session.user.roles) : undefined;
}
