import type { RoleId } from './roles';

/**
 * Everything the simulated portal lets someone see or do. Every check in the domain asks
 * `can()` with one of these; nothing compares role ids directly.
 */
export const permissionIds = [
  'agreements.view',
  'agreements.edit',
  'orders.view',
  'keys.view',
  'licenses.view',
  'reports.view',
  'software.download',
  'provisioning.manage',
  'users.view',
  'users.invite',
  'users.manage',
  'domains.view',
  'domains.manage',
] as const;
export type Permission = (typeof permissionIds)[number];

const viewerBasics: readonly Permission[] = ['agreements.view', 'orders.view', 'licenses.view', 'reports.view'];

/**
 * The guide's roles table (GUIDE-FACTS, `roles`) as data. Where the guide is silent we decided:
 * - everyone who may invite may also see the user list (the invite form sits on Manage users);
 * - only Account administrators associate domains ("an administrator", and they manage all tasks);
 * - Account managers see domains, because they handle self-service provisioning of online services.
 * `users.invite` is held by exactly `inviterRoles` (a unit test keeps the two in step).
 */
export const rolePermissions: Readonly<Record<RoleId, readonly Permission[]>> = {
  'account-administrator': permissionIds,
  'agreement-administrator': ['agreements.view', 'users.view', 'users.invite'],
  'user-administrator': ['users.view', 'users.invite', 'users.manage'],
  'account-manager': [
    ...viewerBasics,
    'keys.view',
    'agreements.edit',
    'provisioning.manage',
    'software.download',
    'domains.view',
  ],
  'report-viewer': [...viewerBasics, 'keys.view'],
  'account-viewer': viewerBasics,
};

/**
 * The permissions of someone holding `roles`, in table order.
 * @example permissionsOf(['account-viewer']) // ['agreements.view', 'orders.view', 'licenses.view', 'reports.view']
 */
export function permissionsOf(roles: readonly RoleId[]): Permission[] {
  const granted = new Set(roles.flatMap((role) => rolePermissions[role]));
  return permissionIds.filter((permission) => granted.has(permission));
}

/** @example can(['report-viewer'], 'keys.view') // true; can(['account-viewer'], 'keys.view') // false */
export function can(roles: readonly RoleId[], permission: Permission): boolean {
  return roles.some((role) => rolePermissions[role].includes(permission));
}
