import { canAssign, roleIds, type RoleId } from '../../domain/roles';
import { answersTo, latestAnswer, sameChoices, userOf } from '../facts';
import { harry, lee, mina } from '../people';
import type { Scenario } from '../scenario';
import { answer, drive } from '../solution';
import { ScenarioSetupError } from '../start';
import { invite, register, signOut } from '../startSteps';

const minasRoles: readonly RoleId[] = ['user-administrator'];

/** What a User administrator cannot assign, from the domain's rule (Account administrator). */
export const notAssignableByUserAdministrator: readonly RoleId[] = roleIds.filter((role) => !canAssign(minasRoles, [role]));

/**
 * Find out what a User administrator cannot assign (GUIDE-FACTS, our decisions; the guide's
 * `roles` page says it). Done with a one-question check after Mina opened a roles editor or the
 * invite form: the portal never lets her try (the box is locked, and says why; Invite users
 * does not offer it), so there is no refused attempt to observe, and finding out is a fact
 * only an answer shows.
 */
export const cannotAssign: Scenario = {
  id: 'cannot-assign',
  section: 'roles',
  plays: mina,
  start: [register(harry.email), invite([{ person: mina, roles: minasRoles }, { person: lee, roles: ['report-viewer'] }]), signOut(), register(mina.email)],
  checks: [
    {
      id: 'roles-seen',
      passes: ({ attempt }) => [...answersTo(attempt, 'editRoles', 'loadUser'), ...answersTo(attempt, 'inviteUsers', 'loadInviter')].some((loaded) => loaded.ok),
    },
    { id: 'answered', passes: ({ attempt }) => sameChoices(latestAnswer(attempt) ?? [], notAssignableByUserAdministrator) },
  ],
  hints: [{ section: 'roles' }, { section: 'roles' }, { section: 'invite-users' }],
  question: { choices: roleIds, correct: notAssignableByUserAdministrator },
  solution: (start) => {
    const userId = userOf(start, lee.email)?.id;
    if (!userId) throw new ScenarioSetupError('finding Lee', 'no such user');
    return [drive('editRoles', [], { userId }), answer(notAssignableByUserAdministrator)];
  },
};
