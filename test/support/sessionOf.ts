import { permissionsOf } from '../../src/domain/permissions';
import { assignableRoles, type RoleId } from '../../src/domain/roles';

/**
 * A session as the store answers it, for fakes: the user with `roles`, and what those roles may
 * do (`permissions`, `assignableRoles`), which machines read rather than work out from the roles.
 */
export function sessionOf(roles: readonly string[], user: object = {}) {
  const held = roles as readonly RoleId[];
  return { user: { ...user, roles }, permissions: permissionsOf(held), assignableRoles: assignableRoles(held) };
}
