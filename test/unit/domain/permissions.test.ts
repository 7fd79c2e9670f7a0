import { describe, expect, it } from 'vitest';
import { can, permissionIds, permissionsOf, rolePermissions } from '../../../src/domain/permissions';
import { inviterRoles, roleIds } from '../../../src/domain/roles';

/** The guide's roles table (GUIDE-FACTS, `roles`), restated here independently of the source. */
const guide = {
  'account-administrator': permissionIds,
  'agreement-administrator': ['agreements.view', 'users.view', 'users.invite'],
  'user-administrator': ['users.view', 'users.invite', 'users.manage'],
  'account-manager': ['agreements.view', 'agreements.edit', 'orders.view', 'keys.view', 'licenses.view', 'reports.view', 'software.download', 'provisioning.manage', 'domains.view'],
  'report-viewer': ['agreements.view', 'orders.view', 'keys.view', 'licenses.view', 'reports.view'],
  'account-viewer': ['agreements.view', 'orders.view', 'licenses.view', 'reports.view'],
} as const;

describe('permissions', () => {
  it.each(roleIds)('gives %s what the roles table says', (role) => {
    expect([...rolePermissions[role]].sort()).toEqual([...guide[role]].sort());
  });

  it('gives users.invite to exactly the inviter roles', () => {
    for (const role of roleIds) expect(can([role], 'users.invite')).toBe(inviterRoles.includes(role));
  });

  it('keeps keys from Account viewers but not from Report viewers', () => {
    expect(can(['account-viewer'], 'keys.view')).toBe(false);
    expect(can(['report-viewer'], 'keys.view')).toBe(true);
  });

  it('lets only Account administrators associate domains', () => {
    expect(roleIds.filter((role) => can([role], 'domains.manage'))).toEqual(['account-administrator']);
  });

  it('unites permissions of several roles, in table order, and grants nothing to no role', () => {
    expect(permissionsOf(['account-viewer', 'user-administrator'])).toEqual(['agreements.view', 'orders.view', 'licenses.view', 'reports.view', 'users.view', 'users.invite', 'users.manage']);
    expect(permissionsOf([])).toEqual([]);
    expect(can([], 'agreements.view')).toBe(false);
  });
});
