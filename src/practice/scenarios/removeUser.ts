import { refusedWith, userOf } from '../facts';
import { harry, lee } from '../people';
import type { Scenario } from '../scenario';
import { drive } from '../solution';
import { ScenarioSetupError } from '../start';
import { invite, register, signIn, signOut } from '../startSteps';
import type { PortalState } from '../../domain/state';

/** A user's row on Manage users, as its Remove button names them. */
function rowOf(start: PortalState, email: string) {
  const user = userOf(start, email);
  if (!user) throw new ScenarioSetupError(`finding ${email}`, 'no such user');
  return { id: user.id, name: user.name, status: user.status };
}

/**
 * Remove a user without removing the last Account administrator (GUIDE-FACTS, our decisions;
 * the guide's `roles` page): Lee has left Contoso and goes; Harry, the only Account
 * administrator, tries to remove himself too and the portal refuses. Harry is signed in; Lee
 * is registered.
 */
export const removeUser: Scenario = {
  id: 'remove-user',
  section: 'roles',
  start: [register(harry.email), invite([{ person: lee, roles: ['report-viewer'] }]), signOut(), register(lee.email), signOut(), signIn(harry.email)],
  checks: [
    { id: 'lee-removed', passes: ({ state }) => userOf(state, lee.email) === undefined },
    { id: 'last-admin-kept', passes: ({ attempt }) => refusedWith(attempt, 'error.user.lastAccountAdministrator') },
  ],
  hints: [{ section: 'roles' }, { section: 'roles' }, { section: 'roles' }],
  solution: (start) => {
    const [leeRow, harryRow] = [rowOf(start, lee.email), rowOf(start, harry.email)];
    return [
      drive('userActions', [
        { type: 'remove.ask', user: leeRow },
        { type: 'remove.confirm' },
        { type: 'remove.ask', user: harryRow },
        { type: 'remove.confirm' },
      ]),
    ];
  },
};
