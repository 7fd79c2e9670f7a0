import { formError, type Result } from '../errors';
import { can, type Permission } from '../permissions';
import { currentUser, type PortalState } from '../state';
import type { User } from '../user';

/**
 * The one gate every signed-in command passes: someone is signed in, and their roles grant
 * `permission` (through the permissions table, never by comparing role ids).
 * @example authorize(state, 'users.invite') // { ok: true, actor } or errors.form 'error.auth.forbidden'
 */
export function authorize(state: PortalState, permission: Permission): Result<{ readonly actor: User }> {
  const actor = currentUser(state);
  if (!actor) return formError('error.auth.signedOut');
  return can(actor.roles, permission) ? { ok: true, actor } : formError('error.auth.forbidden');
}
