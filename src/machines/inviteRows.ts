import { validateInviteRows } from '../domain/commands/inviteUsers';
import type { FieldErrors } from '../domain/errors';
import { sortRoles, type RoleId } from '../domain/roles';
import type { SessionView, UserView } from '../store/viewTypes';
import type { FormFields, Validate } from './form';

/** One row of Invite users (GUIDE-FACTS, `invite-users`), as typed. */
export interface InviteRowValues {
  readonly email: string;
  readonly name: string;
  /** A language id (`validateLanguage` judges it); the inviter's own to start with. */
  readonly preferredLanguage: string;
  readonly country: string;
  readonly roles: readonly RoleId[];
}

/** The whole form: its rows, in order. */
export interface InviteValues {
  readonly rows: readonly InviteRowValues[];
}

/** The text fields of a row; roles change through `role.toggle`. */
export const rowFields: readonly string[] = ['email', 'name', 'preferredLanguage', 'country'];

/** Where a row's field lives in `errors`, `dirty` and `shown`, as the store keys it: `rows.2.email`. */
export function rowPath(row: number, field: string): string {
  return `rows.${row}.${field}`;
}

/** A new row: the inviter's own language and country as a start. */
export function blankRow(inviter: SessionView | null): InviteRowValues {
  const user = inviter?.user;
  return { email: '', name: '', preferredLanguage: user?.preferredLanguage ?? '', country: user?.country ?? '', roles: [] };
}

/**
 * The domain's own row check (`validateInviteRows`: blank rows skipped, duplicates, formats,
 * roles the inviter may assign, errors keyed `rows.<i>.<field>`), asking the users the store
 * listed who is a user already (stale at worst: the store checks again on submit).
 */
export function validateRowsFor(users: readonly UserView[], assignable: readonly RoleId[]): Validate<InviteValues> {
  const statusOf = (email: string) => users.find((user) => user.email === email)?.status;
  return (values) => {
    const result = validateInviteRows(statusOf, assignable, values.rows);
    return result.ok ? {} : result.errors;
  };
}

/** `roles` with `role` added or taken away, in the guide's order. */
export function toggled(roles: readonly RoleId[], role: RoleId): RoleId[] {
  return roles.includes(role) ? roles.filter((held) => held !== role) : sortRoles([...roles, role]);
}

/** A field path after row `removed` is gone: later rows move up one; the row's own fields go. */
function shifted(path: string, removed: number): string | undefined {
  const match = /^rows\.(\d+)\.(.+)$/.exec(path);
  if (!match) return path;
  const row = Number(match[1]);
  if (row === removed) return undefined;
  return row > removed ? rowPath(row - 1, String(match[2])) : path;
}

/** The form without row `removed`: values, changed and shown fields and refusals renumbered to match. */
export function withoutRow(form: FormFields<InviteValues>, removed: number): Omit<FormFields<InviteValues>, 'errors'> {
  const renumbered = (paths: readonly string[]) => paths.flatMap((path) => shifted(path, removed) ?? []);
  const refused: FieldErrors = Object.fromEntries(
    Object.entries(form.refused).flatMap(([path, key]) => {
      const moved = shifted(path, removed);
      return moved === undefined ? [] : [[moved, key]];
    }),
  );
  return { ...form, values: { rows: form.values.rows.filter((_, index) => index !== removed) }, dirty: renumbered(form.dirty), shown: renumbered(form.shown), refused };
}

/** Whether `row` names an existing row. */
export function isRow(rows: readonly unknown[], row: unknown): row is number {
  return typeof row === 'number' && Number.isInteger(row) && row >= 0 && row < rows.length;
}
