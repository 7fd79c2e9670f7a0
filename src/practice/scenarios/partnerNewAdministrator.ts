import { example } from '../../config/exampleData';
import { mailOf, workingInvitation } from '../facts';
import { mina } from '../people';
import type { Scenario } from '../scenario';
import { change, drive } from '../solution';
import { daysPass } from '../startSteps';

/**
 * As the partner, name another purchasing account administrator and resend the invitation
 * (GUIDE-FACTS, `request-resend`: a partner can do both). Harry left Contoso ten days after his
 * invitation went out, before registering; Mina takes over and says the first mail never came.
 */
export const partnerNewAdministrator: Scenario = {
  id: 'partner-new-admin',
  section: 'request-resend',
  center: 'partner',
  start: [daysPass(10)],
  checks: [
    {
      id: 'mina-named',
      passes: ({ state }) => {
        const named = state.organization.agreement.purchasingAccountAdministrator;
        return named.email === mina.email && named.preferredLanguage === mina.language;
      },
    },
    {
      id: 'invitation-resent',
      passes: ({ state }) => {
        const invitation = workingInvitation(state, mina.email);
        return invitation?.kind === 'purchasing-administrator' && mailOf(state, invitation)?.params['resent'] === 'true';
      },
    },
  ],
  hints: [{ section: 'request-resend' }, { section: 'request-resend' }, { section: 'request-resend' }],
  solution: () => [
    drive('partnerConsole', [
      change('agreementNumber', example.agreementNumber),
      { type: 'form.submit' },
      { type: 'administrator.replace' },
      change('name', mina.name),
      change('email', mina.email),
      change('preferredLanguage', mina.language),
      { type: 'form.submit' },
      { type: 'invitation.resend' },
    ]),
  ],
};
