import { example } from '../../config/exampleData';
import { lastNotice, lastOpened, mailTo } from '../facts';
import { harry, WRONG_PURCHASING_ACCOUNT } from '../people';
import type { Facts, Scenario } from '../scenario';
import { change, drive, open } from '../solution';
import { daysPass } from '../startSteps';

const neutral = ({ attempt }: Facts) => lastNotice(attempt, 'notice.resend.received');

/**
 * Wrong details get the neutral answer and send nothing (GUIDE-FACTS, `request-resend` step 4).
 * "See" is done when Harry's mailbox was opened after that answer: the answer alone is the same
 * either way, so only the mailbox shows that nothing went out, and that is the lesson.
 */
export const wrongDetails: Scenario = {
  id: 'wrong-details',
  section: 'request-resend',
  start: [daysPass(61)],
  checks: [
    { id: 'neutral-answer', passes: (facts) => neutral(facts) >= 0 },
    // Nothing at all reached Harry since the start: a request that matched would have sent mail.
    { id: 'nothing-sent', passes: (facts) => neutral(facts) >= 0 && mailTo(facts.state, harry.email).length === mailTo(facts.start, harry.email).length },
    { id: 'mailbox-checked', passes: (facts) => neutral(facts) >= 0 && lastOpened(facts.attempt, 'mailbox', harry.email) > neutral(facts) },
  ],
  hints: [{ section: 'request-resend' }, { section: 'request-resend' }, { section: 'request-resend' }],
  solution: () => [
    drive('resendRequest', [
      change('email', harry.email),
      change('agreementNumber', example.agreementNumber),
      change('purchasingAccountNumber', WRONG_PURCHASING_ACCOUNT),
      { type: 'form.submit' },
    ]),
    open('mailbox', harry.email),
  ],
};
