import { example } from '../../config/exampleData';
import { answersTo, workingInvitation } from '../facts';
import { harry, PRACTICE_PASSWORD } from '../people';
import type { Scenario } from '../scenario';
import { change, drive } from '../solution';
import { daysPass } from '../startSteps';

/**
 * Ask for the invitation again after it expired (GUIDE-FACTS, `register` and `request-resend`):
 * the guide's own steps, so first the sign-in that tells Harry his invitation expired, then the
 * resend form with the three details that match the agreement.
 */
export const resendAfterExpiry: Scenario = {
  id: 'resend-after-expiry',
  section: 'request-resend',
  // Day 61: the link stopped working on day 60.
  start: [daysPass(61)],
  checks: [
    {
      id: 'tried-sign-in',
      passes: ({ attempt }) => answersTo(attempt, 'signIn', 'signIn').some((answer) => !answer.ok && answer.errors['form'] === 'error.signIn.invitationExpired'),
    },
    { id: 'invitation-working', passes: ({ state }) => workingInvitation(state, harry.email) !== undefined },
  ],
  hints: [{ section: 'request-resend' }, { section: 'request-resend' }, { section: 'register' }],
  solution: () => [
    drive('signIn', [change('email', harry.email), change('password', PRACTICE_PASSWORD), { type: 'form.submit' }]),
    drive('resendRequest', [
      change('email', harry.email),
      change('agreementNumber', example.agreementNumber),
      change('purchasingAccountNumber', example.purchasingAccountNumber),
      { type: 'form.submit' },
    ]),
  ],
};
