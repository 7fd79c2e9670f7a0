import type { EventFrom, InputFrom } from 'xstate';
import type { associateDomainMachine } from '../flows/associate-domain/associateDomainMachine';
import type { editRolesMachine } from '../flows/manage-users/editRolesMachine';
import type { invitationMachine } from '../flows/accept-invitation/invitationMachine';
import type { inviteUsersMachine } from '../flows/invite-users/inviteUsersMachine';
import type { partnerConsoleMachine } from '../flows/partner-console/partnerConsoleMachine';
import type { resendRequestMachine } from '../flows/resend-request/resendRequestMachine';
import type { signInMachine } from '../flows/sign-in/signInMachine';
import type { signOutMachine } from '../flows/sign-out/signOutMachine';
import type { userActionsMachine } from '../flows/manage-users/userActionsMachine';

/**
 * The machines a trainee drives in a scenario, by the names solutions and the attempt log use
 * (each machine's own XState id). Types only: a page that imports the scenarios does not get
 * every machine's code with them; whoever runs a step brings the machine.
 */
export interface PracticeMachines {
  readonly signIn: typeof signInMachine;
  readonly signOut: typeof signOutMachine;
  readonly resendRequest: typeof resendRequestMachine;
  readonly invitation: typeof invitationMachine;
  readonly inviteUsers: typeof inviteUsersMachine;
  readonly editRoles: typeof editRolesMachine;
  readonly userActions: typeof userActionsMachine;
  readonly associateDomain: typeof associateDomainMachine;
  readonly partnerConsole: typeof partnerConsoleMachine;
}

export type PracticeMachineId = keyof PracticeMachines;

/** A learner's event to one machine, typed by that machine. */
export type PracticeEvent<M extends PracticeMachineId> = EventFrom<PracticeMachines[M]>;

/**
 * What a step gives a machine beyond what its view always supplies: the page's portal, and
 * (Manage users' row actions) the session the store answers. A link's token, a user's id.
 */
export type StepInput<M extends PracticeMachineId> = Omit<InputFrom<PracticeMachines[M]>, 'portal' | 'session'>;
