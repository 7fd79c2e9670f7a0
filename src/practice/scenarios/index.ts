import type { Scenario } from '../scenario';
import { acceptTheInvitation } from './acceptInvitation';
import { associateDomain } from './associateDomain';
import { cannotAssign } from './cannotAssign';
import { inviteTwoLanguages } from './inviteTwoLanguages';
import { leastRoleReports } from './leastRoleForReports';
import { myProfile } from './myProfile';
import { partnerNewAdministrator } from './partnerNewAdministrator';
import { removeUser } from './removeUser';
import { resendAfterExpiry } from './resendAfterExpiry';
import { workAccount } from './workAccount';
import { wrongDetails } from './wrongDetails';

/** Every scenario, in the guide's reading order (the partner's last: it is not the customer's task). */
export const scenarios: readonly Scenario[] = [
  resendAfterExpiry,
  wrongDetails,
  acceptTheInvitation,
  workAccount,
  myProfile,
  inviteTwoLanguages,
  leastRoleReports,
  cannotAssign,
  removeUser,
  associateDomain,
  partnerNewAdministrator,
];

/** @example scenarioById('work-account')?.section // 'sign-in-address' */
export function scenarioById(id: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}
