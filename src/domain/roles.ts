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

/** How far a role's grant reaches: any role, any role but some, or only some. */
export type AssignmentRule =
  | { readonly kind: 'any' }
  | { readonly kind: 'anyBut'; readonly roles: readonly RoleId[] }
  | { readonly kind: 'only'; readonly roles: readonly RoleId[] };

/** The rule someone assigns under, and which of their roles it comes from. */
export interface AssignmentGrant {
  readonly role: RoleId;
  readonly rule: AssignmentRule;
}

/**
 * Who may assign which roles, as our rule says it (GUIDE-FACTS, "What the source leaves open"):
 * an Account administrator any role, a User administrator any role but Account administrator,
 * an Agreement administrator only Agreement administrator, Report viewer and Account viewer.
 * Roles that cannot invite assign nothing. The check (`assignableRolesByRole`) and what the
 * portal says beside the role boxes (`assignmentRuleFor`) both come from this one table.
 */
export const assignmentRules: Readonly<Partial<Record<RoleId, AssignmentRule>>> = {
  'account-administrator': { kind: 'any' },
  'user-administrator': { kind: 'anyBut', roles: ['account-administrator'] },
  'agreement-administrator': { kind: 'only', roles: ['agreement-administrator', 'report-viewer', 'account-viewer'] },
};

/** The roles a rule lets one assign, in the guide's order. */
function rolesUnder(rule: AssignmentRule | undefined): RoleId[] {
  if (!rule) return [];
  if (rule.kind === 'any') return [...roleIds];
  if (rule.kind === 'anyBut') return roleIds.filter((role) => !rule.roles.includes(role));
  return roleIds.filter((role) => rule.roles.includes(role));
}

/** Which roles each role may hand out (`assignmentRules` as lists). */
export const assignableRolesByRole: Readonly<Record<RoleId, readonly RoleId[]>> = {
  'account-administrator': rolesUnder(assignmentRules['account-administrator']),
  'agreement-administrator': rolesUnder(assignmentRules['agreement-administrator']),
  'user-administrator': rolesUnder(assignmentRules['user-administrator']),
  'account-manager': rolesUnder(assignmentRules['account-manager']),
  'report-viewer': rolesUnder(assignmentRules['report-viewer']),
  'account-viewer': rolesUnder(assignmentRules['account-viewer']),
};

/** The purchasing account administrator starts with this role (GUIDE-FACTS, our decisions). */
export const purchasingAdministratorRole: RoleId = 'account-administrator';

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

/**
 * The rule someone holding `roles` assigns under, and the held role it comes from: the one
 * granting the most (the first in the guide's order on a tie), `undefined` for someone who
 * assigns nothing. The grants nest (Agreement administrator's within User administrator's,
 * within Account administrator's; a unit test keeps them so), so that one rule is the whole of
 * `assignableRoles(roles)`: what the portal says is what it enforces.
 * @example assignmentRuleFor(['report-viewer', 'user-administrator']) // { role: 'user-administrator', rule: { kind: 'anyBut', roles: ['account-administrator'] } }
 */
export function assignmentRuleFor(roles: readonly RoleId[]): AssignmentGrant | undefined {
  let widest: RoleId | undefined;
  for (const role of roleIds) {
    if (!roles.includes(role) || assignableRolesByRole[role].length === 0) continue;
    if (!widest || assignableRolesByRole[role].length > assignableRolesByRole[widest].length) widest = role;
  }
  const rule = widest && assignmentRules[widest];
  return widest && rule ? { role: widest, rule } : undefined;
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
