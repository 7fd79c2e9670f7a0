import { createActor, type AnyStateMachine } from 'xstate';
import { associateDomainMachine } from '../../../src/flows/associate-domain/associateDomainMachine';
import { editRolesMachine } from '../../../src/flows/manage-users/editRolesMachine';
import { invitationMachine } from '../../../src/flows/accept-invitation/invitationMachine';
import { inviteUsersMachine } from '../../../src/flows/invite-users/inviteUsersMachine';
import { partnerConsoleMachine } from '../../../src/flows/partner-console/partnerConsoleMachine';
import { resendRequestMachine } from '../../../src/flows/resend-request/resendRequestMachine';
import { signInMachine } from '../../../src/flows/sign-in/signInMachine';
import { signOutMachine } from '../../../src/flows/sign-out/signOutMachine';
import { userActionsMachine } from '../../../src/flows/manage-users/userActionsMachine';
import type { AttemptLog, MachineStep, PracticeMachines, SolutionStep } from '../../../src/practice';
import { settled } from '../../machines/support';
import type { World } from './world';

/** Each practice machine by its name: a missing one is a type error. */
const machines: PracticeMachines = {
  signIn: signInMachine,
  signOut: signOutMachine,
  resendRequest: resendRequestMachine,
  invitation: invitationMachine,
  inviteUsers: inviteUsersMachine,
  editRoles: editRolesMachine,
  userActions: userActionsMachine,
  associateDomain: associateDomainMachine,
  partnerConsole: partnerConsoleMachine,
};

/**
 * A machine step as the model tests play a journey (test/model/harness): a real actor over the
 * world's memory store, each event sent once the store answered the one before (`settled`), the
 * actor inspected by the attempt log the way a page's view will be. `afterEach` runs after the
 * screen opened and after each event.
 */
async function playMachine(world: World, step: MachineStep, log: AttemptLog, afterEach: () => Promise<void>) {
  // Manage users hands its row actions the session it has from the store; no other view adds input.
  const session = step.machine === 'userActions' ? { session: await world.portal.getSession() } : {};
  const input = { portal: world.portal, ...step.input, ...session };
  const actor = createActor(machines[step.machine] as AnyStateMachine, { input, inspect: log.inspect(step.machine) });
  actor.start();
  try {
    await settled(actor);
    await afterEach();
    for (const event of step.events) {
      actor.send(event);
      await settled(actor);
      await afterEach();
    }
  } finally {
    actor.stop();
  }
}

/**
 * Replays a practice solution against the world's memory store, feeding `log` as the practice
 * page will: machines through `inspect`, the screens without a machine and the question's
 * answer by `append`. `afterEach` runs after every action (see `actionCount`).
 */
export async function playSolution(world: World, steps: readonly SolutionStep[], log: AttemptLog, afterEach: () => Promise<void> = async () => {}): Promise<void> {
  for (const step of steps) {
    if (step.kind === 'machine') {
      await playMachine(world, step, log, afterEach);
      continue;
    }
    log.append(step.kind === 'open' ? { kind: 'opened', screen: step.screen, subject: step.subject } : { kind: 'answered', choices: step.choices });
    await afterEach();
  }
}
