import type { RoleId } from '../../domain/roles';
import { currentUser, type PortalState } from '../../domain/state';
import { pendingInLanguage } from '../facts';
import { harry, lee, mina, type Person } from '../people';
import type { Scenario } from '../scenario';
import { change, drive, type MachineStep } from '../solution';
import { register } from '../startSteps';

type InviteEvent = Extract<MachineStep, { machine: 'inviteUsers' }>['events'][number];

/**
 * One row of Invite users: address, name, preferred language (only when it is not the row's
 * default, the inviter's own, which the seed may set to any language), one role. The country
 * keeps its default, the inviter's: no check asks for it.
 */
function row(index: number, person: Person, role: RoleId, start: PortalState): InviteEvent[] {
  const language = currentUser(start)?.preferredLanguage === person.language ? [] : [change('preferredLanguage', person.language)];
  const at = (event: ReturnType<typeof change>) => ({ ...event, row: index });
  return [at(change('email', person.email)), at(change('name', person.name)), ...language.map(at), { type: 'role.toggle', row: index, role }];
}

/**
 * Invite two people who read different languages (GUIDE-FACTS, `invite-users`): the preferred
 * language is the language of the mails each person gets, so each invitation is written in its
 * reader's language. Harry is registered and signed in.
 */
export const inviteTwoLanguages: Scenario = {
  id: 'invite-two-languages',
  section: 'invite-users',
  start: [register(harry.email)],
  checks: [
    { id: 'mina-in-japanese', passes: ({ state }) => pendingInLanguage(state, mina.email, mina.language) },
    { id: 'lee-in-chinese', passes: ({ state }) => pendingInLanguage(state, lee.email, lee.language) },
  ],
  hints: [{ section: 'invite-users' }, { section: 'invite-users' }, { section: 'invite-users' }],
  solution: (start) => [drive('inviteUsers', [...row(0, mina, 'report-viewer', start), { type: 'row.add' }, ...row(1, lee, 'account-viewer', start), { type: 'invite.submit' }])],
};
