import { permissionsOf, rolePermissions } from '../../domain/permissions';
import { roleIds, type RoleId } from '../../domain/roles';
import { harry, mina } from '../people';
import { userOf } from '../facts';
import type { Scenario } from '../scenario';
import { drive } from '../solution';
import { ScenarioSetupError } from '../start';
import { invite, register } from '../startSteps';

/**
 * The least role that lets someone see reports, from the roles table itself: of the roles
 * granting `reports.view`, the one granting the fewest permissions (Account viewer; a test keeps
 * it the only one).
 */
export const leastRoleForReports: RoleId = roleIds
  .filter((role) => rolePermissions[role].includes('reports.view'))
  .reduce((least, role) => (rolePermissions[role].length < rolePermissions[least].length ? role : least));

/** Mina's role before: one that cannot see reports. */
const before: RoleId = 'agreement-administrator';

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

/**
 * Give someone the least role that lets them see reports (GUIDE-FACTS, `roles`): Mina moves from
 * agreements to reporting. Harry is signed in; Mina is invited as Agreement administrator.
 */
export const leastRoleReports: Scenario = {
  id: 'least-role-reports',
  section: 'roles',
  start: [register(harry.email), invite([{ person: mina, roles: [before] }])],
  checks: [
    { id: 'sees-reports', passes: ({ state }) => permissionsOf(userOf(state, mina.email)?.roles ?? []).includes('reports.view') },
    { id: 'nothing-more', passes: ({ state }) => same(permissionsOf(userOf(state, mina.email)?.roles ?? []), rolePermissions[leastRoleForReports]) },
  ],
  hints: [{ section: 'roles' }, { section: 'roles' }, { section: 'roles' }],
  solution: (start) => {
    const userId = userOf(start, mina.email)?.id;
    if (!userId) throw new ScenarioSetupError('finding Mina', 'no such user');
    return [drive('editRoles', [{ type: 'role.toggle', role: leastRoleForReports }, { type: 'role.toggle', role: before }, { type: 'form.submit' }], { userId })];
  },
};
