import { showedError, signedInAs } from '../facts';
import { harry, PERSONAL_ADDRESS, PRACTICE_PASSWORD } from '../people';
import type { Scenario } from '../scenario';
import { change, drive, leave } from '../solution';
import { register, signOut } from '../startSteps';

/**
 * The work-account rule (GUIDE-FACTS, `sign-in-address`): the sign-in form refuses a personal
 * address as soon as the trainee leaves the field, and Harry gets in with his work account. Harry is registered and signed out.
 */
export const workAccount: Scenario = {
  id: 'work-account',
  section: 'sign-in-address',
  start: [register(harry.email), signOut()],
  checks: [
    { id: 'personal-refused', passes: ({ attempt }) => showedError(attempt, 'signIn', 'email', 'error.email.personal') },
    { id: 'signed-in', passes: ({ state }) => signedInAs(state, harry.email) },
  ],
  hints: [{ section: 'sign-in-address' }, { section: 'sign-in-address' }],
  solution: () => [drive('signIn', [change('email', PERSONAL_ADDRESS), leave('email'), change('email', harry.email), change('password', PRACTICE_PASSWORD), { type: 'form.submit' }])],
};
