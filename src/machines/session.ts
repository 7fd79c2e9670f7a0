import { can, type Permission } from '../domain/permissions';
import type { RoleId } from '../domain/roles';
import type { SessionView, UserView } from '../store/viewTypes';

/** The roles of whoever is signed in: none when nobody is. */
export function sessionRoles(session: SessionView | null): readonly RoleId[] {
  return session?.user.roles ?? [];
}

/** The roles a user holds: none for a user not (or no longer) known. */
export function userRoles(user: UserView | null): readonly RoleId[] {
  return user?.roles ?? [];
}

/**
 * Whether the signed-in user's roles grant `permission`: the domain's `can`, the one check every
 * command uses, so a machine never decides a permission by itself.
 * @example sessionMay(session, 'users.invite')
 */
export function sessionMay(session: SessionView | null, permission: Permission): boolean {
  return can(sessionRoles(session), permission);
}
