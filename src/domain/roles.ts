/**
 * The six customer roles of the Business Center, in the order the guide's roles table lists
 * them. Ids are stable: dictionaries, stored data and tests refer to them.
 */
export const roleIds = [
  'account-administrator',
  'agreement-administrator',
  'user-administrator',
  'account-manager',
  'report-viewer',
  'account-viewer',
] as const;
export type RoleId = (typeof roleIds)[number];

/** The roles that allow inviting other people (GUIDE-FACTS, get-started and invite-users). */
export const inviterRoles: readonly RoleId[] = [
  'account-administrator',
  'user-administrator',
  'agreement-administrator',
];

/**
 * Which roles each inviter role may hand out. The guide leaves this open; our decision
 * (GUIDE-FACTS, "What the source leaves open"): Account administrators assign any role, User
 * administrators any role but Account administrator, Agreement administrators only Agreement
 * administrator, Report viewer and Account viewer. Roles that cannot invite assign nothing.
 */
export const assignableRolesByRole: Readonly<Record<RoleId, readonly RoleId[]>> = {
  'account-administrator': roleIds,
  'user-administrator': roleIds.filter((role) => role !== 'account-administrator'),
  'agreement-administrator': ['agreement-administrator', 'report-viewer', 'account-viewer'],
  'account-manager': [],
  'report-viewer': [],
  'account-viewer': [],
};

/** @example isRoleId('report-viewer') // true; isRoleId('owner') // false */
export function isRoleId(value: unknown): value is RoleId {
  return typeof value === 'string' && (roleIds as readonly string[]).includes(value);
}

/**
 * The roles someone holding `roles` may assign: the union over each role they hold, in the
 * guide's order. A user may hold several roles.
 * @example assignableRoles(['agreement-administrator']) // ['agreement-administrator', 'report-viewer', 'account-viewer']
 */
export function assignableRoles(roles: readonly RoleId[]): RoleId[] {
  const allowed = new Set(roles.flatMap((role) => assignableRolesByRole[role]));
  return roleIds.filter((role) => allowed.has(role));
}

/** @example canAssign(['user-administrator'], ['account-administrator']) // false */
export function canAssign(actorRoles: readonly RoleId[], roles: readonly RoleId[]): boolean {
  const allowed = assignableRoles(actorRoles);
  return roles.every((role) => allowed.includes(role));
}

/** Roles without duplicates, in the guide's order: how roles are stored and shown. */
export function sortRoles(roles: readonly RoleId[]): RoleId[] {
  return roleIds.filter((role) => roles.includes(role));
}

/**
 * The shape of a role selection, whoever makes it: at least one role, all known. Which roles
 * someone may give or take is `canAssign`'s question.
 * @example validateRoleShape([]) // 'error.roles.empty'; validateRoleShape(['owner']) // 'error.roles.unknown'
 */
export function validateRoleShape(value: unknown): 'error.roles.empty' | 'error.roles.unknown' | undefined {
  if (!Array.isArray(value) || value.length === 0) return 'error.roles.empty';
  return value.every(isRoleId) ? undefined : 'error.roles.unknown';
}

/**
 * A role selection from a form: at least one role, all known, all assignable by the actor.
 * @example validateRoleSelection(['account-administrator'], ['user-administrator']) // 'error.roles.notAssignable'
 */
export function validateRoleSelection(
  value: unknown,
  actorRoles: readonly RoleId[],
): 'error.roles.empty' | 'error.roles.unknown' | 'error.roles.notAssignable' | undefined {
  return validateRoleShape(value) ?? (canAssign(actorRoles, value as RoleId[]) ? undefined : 'error.roles.notAssignable');
}
