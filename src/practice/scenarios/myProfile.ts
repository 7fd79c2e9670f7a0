import { lastOpened } from '../facts';
import { harry, mina } from '../people';
import type { Scenario } from '../scenario';
import { open } from '../solution';
import { invite, register, signOut } from '../startSteps';

/**
 * Find your own roles in My profile (GUIDE-FACTS, `get-started`), as Mina, a User administrator.
 * Done when My profile was opened while Mina was signed in: the guide's instruction is the way
 * there, and the screen itself lists her roles, so a question would only ask her to read them.
 */
export const myProfile: Scenario = {
  id: 'my-profile',
  section: 'get-started',
  plays: mina,
  start: [register(harry.email), invite([{ person: mina, roles: ['user-administrator'] }]), signOut(), register(mina.email)],
  checks: [{ id: 'profile-opened', passes: ({ attempt }) => lastOpened(attempt, 'profile', mina.email) >= 0 }],
  hints: [{ section: 'get-started' }, { section: 'get-started' }],
  solution: () => [open('profile', mina.email)],
};
