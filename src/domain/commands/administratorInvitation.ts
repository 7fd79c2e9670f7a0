import type { NoticeKey } from '../errors';
import { purchasingAdministratorRole, sortRoles } from '../roles';
import type { IssuedBy } from '../invitation';
import { findUserByEmail, type CommandContext, type PortalState } from '../state';
import type { User } from '../user';
import { issueInvitation } from './issueInvitation';
import { addInvitedUser, updateUser } from './userRecords';

/**
 * Makes sure the agreement's purchasing account administrator has a user record: an existing
 * one (invited users get Account administrator added, since the administrator starts with it),
 * or a new invited user with Account administrator (GUIDE-FACTS, our decisions).
 */
export function ensureAdministratorUser(state: PortalState, context: CommandContext): { state: PortalState; user: User } {
  const contact = state.organization.agreement.purchasingAccountAdministrator;
  const existing = findUserByEmail(state, contact.email);
  if (!existing) {
    const fields = { ...contact, country: null, roles: [purchasingAdministratorRole] };
    return addInvitedUser(state, fields, context);
  }
  if (existing.status === 'active' || existing.roles.includes(purchasingAdministratorRole)) return { state, user: existing };
  const roles = sortRoles([purchasingAdministratorRole, ...existing.roles]);
  return { state: updateUser(state, existing.id, { roles }), user: { ...existing, roles } };
}

/**
 * Sends the purchasing account administrator a new registration invitation, replacing the
 * earlier one. An administrator who already registered needs none: the answer says so and
 * nothing changes (they should sign in instead).
 */
export function inviteAdministrator(
  state: PortalState,
  issuedBy: IssuedBy,
  resent: boolean,
  context: CommandContext,
): { state: PortalState; notice: NoticeKey } {
  const ensured = ensureAdministratorUser(state, context);
  if (ensured.user.status === 'active') return { state, notice: 'notice.invitation.notNeeded' };
  const issued = issueInvitation(ensured.state, { user: ensured.user, kind: 'purchasing-administrator', issuedBy, resent }, context);
  return { state: issued.state, notice: 'notice.invitation.sent' };
}
