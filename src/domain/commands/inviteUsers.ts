import { normalizeCountry, validateCountry } from '../countries';
import { normalizeEmail, validateWorkEmail } from '../email';
import { fail, formError, type ErrorKey, type FieldErrors, type Result } from '../errors';
import { text } from '../text';
import { normalizeName, validateName } from '../personName';
import { validateLanguage, type LanguageId } from '../languages';
import { assignableRoles, sortRoles, validateRoleShape, type RoleId } from '../roles';
import { findUserByEmail, type CommandContext, type PortalState } from '../state';
import type { User, UserStatus } from '../user';
import { authorize } from './authorize';
import { issueInvitation } from './issueInvitation';
import { addInvitedUser, type NewUser } from './userRecords';
import type { CommandResult } from './result';

/** One row of Invite users (GUIDE-FACTS, `invite-users`). */
export interface InviteRow {
  readonly email?: unknown;
  readonly name?: unknown;
  readonly preferredLanguage?: unknown;
  readonly country?: unknown;
  readonly roles?: unknown;
}

/** More rows than anyone types by hand; keeps a pasted list from flooding the store. */
export const MAX_INVITE_ROWS = 50;

function isBlank(row: Partial<InviteRow>): boolean {
  return text(row.email) === '' && text(row.name) === '' && !(Array.isArray(row.roles) && row.roles.length > 0);
}

/** Whether an address (normalized) belongs to a user, and how far they are: what the row check needs to know of the users. */
export type StatusOf = (email: string) => UserStatus | undefined;

/** `StatusOf` answered from a state's users. */
export function statusIn(state: PortalState): StatusOf {
  return (email) => findUserByEmail(state, email)?.status;
}

function emailError(statusOf: StatusOf, email: unknown, seen: Set<string>): ErrorKey | undefined {
  const formatError = validateWorkEmail(email);
  if (formatError) return formatError;
  const address = normalizeEmail(email);
  if (seen.has(address)) return 'error.email.duplicateRow';
  seen.add(address);
  const existing = statusOf(address);
  if (!existing) return undefined;
  return existing === 'active' ? 'error.email.alreadyUser' : 'error.email.alreadyInvited';
}

/** The row's roles: the shape (`validateRoleShape`), then only roles the inviter may assign. */
function rolesError(roles: unknown, assignable: readonly RoleId[]): ErrorKey | undefined {
  return validateRoleShape(roles) ?? ((roles as RoleId[]).every((role) => assignable.includes(role)) ? undefined : 'error.roles.notAssignable');
}

/**
 * Checks every row against every rule: errors are keyed `rows.<index>.<field>` by the row's
 * position in the form. Fully blank rows (no address, name or role) are skipped, so an extra
 * empty row never blocks the form. Later copies of an address are duplicate rows. `statusOf`
 * says who is a user already; `assignable` are the roles the inviter may give. The command and
 * the Invite users form both check this.
 */
export function validateInviteRows(statusOf: StatusOf, assignable: readonly RoleId[], rows: unknown): Result<{ readonly users: NewUser[] }> {
  if (!Array.isArray(rows)) return formError('error.input.invalid');
  if (rows.length > MAX_INVITE_ROWS) return formError('error.rows.tooMany');
  const seen = new Set<string>();
  const errors: Record<string, ErrorKey> = {};
  const users: NewUser[] = [];
  rows.forEach((raw: unknown, index) => {
    const row: Partial<InviteRow> = typeof raw === 'object' && raw !== null ? raw : {};
    if (isBlank(row)) return;
    const fieldErrors = {
      email: emailError(statusOf, row.email, seen),
      name: validateName(row.name),
      preferredLanguage: validateLanguage(row.preferredLanguage),
      country: validateCountry(row.country),
      roles: rolesError(row.roles, assignable),
    };
    for (const [field, key] of Object.entries(fieldErrors)) if (key) errors[`rows.${index}.${field}`] = key;
    users.push({
      email: normalizeEmail(row.email),
      name: normalizeName(row.name),
      preferredLanguage: text(row.preferredLanguage) as LanguageId,
      country: normalizeCountry(row.country),
      roles: sortRoles(row.roles as RoleId[]),
    });
  });
  if (Object.keys(errors).length > 0) return fail(errors as FieldErrors);
  return users.length === 0 ? formError('error.rows.empty') : { ok: true, users };
}

/**
 * Invites every row or none: each becomes an invited user and gets a colleague invitation in
 * their own preferred language. Needs `users.invite`; each row's roles must be assignable by
 * the inviter.
 */
export function inviteUsers(state: PortalState, input: { readonly rows?: unknown }, context: CommandContext): CommandResult<{ readonly invited: User[] }> {
  const authorized = authorize(state, 'users.invite');
  if (!authorized.ok) return authorized;
  const { actor } = authorized;
  const checked = validateInviteRows(statusIn(state), assignableRoles(actor.roles), input.rows);
  if (!checked.ok) return checked;
  let next = state;
  const invited: User[] = [];
  for (const fields of checked.users) {
    const added = addInvitedUser(next, fields, context);
    const issuedBy = { kind: 'user', userId: actor.id } as const;
    next = issueInvitation(added.state, { user: added.user, kind: 'colleague', issuedBy, inviterName: actor.name, resent: false }, context).state;
    invited.push(added.user);
  }
  return { ok: true, state: next, invited };
}
