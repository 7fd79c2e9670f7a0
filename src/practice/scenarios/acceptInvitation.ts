import { latestInvitationFor } from '../../domain/state';
import { signedInAs, userOf } from '../facts';
import { harry, PRACTICE_PASSWORD } from '../people';
import type { Scenario } from '../scenario';
import { change, drive } from '../solution';
import { ScenarioSetupError } from '../start';

/**
 * Accept the invitation and create the account (GUIDE-FACTS, `accept-invitation`): the link in
 * the seed's mail, a password typed twice, Start. Name and country come prefilled.
 */
export const acceptTheInvitation: Scenario = {
  id: 'accept-invitation',
  section: 'accept-invitation',
  start: [],
  checks: [
    { id: 'account-created', passes: ({ state }) => userOf(state, harry.email)?.status === 'active' },
    { id: 'on-dashboard', passes: ({ state }) => signedInAs(state, harry.email) },
  ],
  hints: [{ section: 'register' }, { section: 'accept-invitation' }, { section: 'accept-invitation' }],
  solution: (start) => {
    const token = latestInvitationFor(start, harry.email)?.token;
    if (!token) throw new ScenarioSetupError('finding Harry’s link', 'no invitation');
    return [drive('invitation', [change('password', PRACTICE_PASSWORD), change('confirmPassword', PRACTICE_PASSWORD), { type: 'form.submit' }], { token })];
  },
};
