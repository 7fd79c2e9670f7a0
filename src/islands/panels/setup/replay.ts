import { createActor, waitFor, type ActorRef, type AnyActorRef, type EventObject, type Snapshot } from 'xstate';
import type { ErrorKey, FieldErrors } from '../../../domain/errors';
import { invitationMachine } from '../../../flows/accept-invitation/invitationMachine';
import { resendRequestMachine, type ResendValues } from '../../../flows/resend-request/resendRequestMachine';
import { signInMachine } from '../../../flows/sign-in/signInMachine';
import { signOutMachine } from '../../../flows/sign-out/signOutMachine';
import type { PortalApi } from '../../../store';

/**
 * The guide's earlier steps, done for a reader by the same machines the portal's screens run:
 * each function starts a flow's machine, types into its form as a trainee would, submits it and
 * answers what the store said. Nothing here writes the store: the machines' actors do, through
 * the PortalApi, so every rule (password policy, expiry, who may sign in) applies as it does on
 * the screens.
 */

// Named apart from the PortalApi's commands (signIn, requestResend…): these are steps, not store calls.

/** What a replayed step answers: done, or the store's (or the form's) reason why not. */
export type StepResult = { readonly ok: true } | { readonly ok: false; readonly error: ErrorKey };

// A store call in a tab is quick; a minute means something is stuck, and the reader is told so.
const patience = { timeout: 60_000 };

/** A machine's snapshot, as far as waiting goes: its `busy` tag. */
type Tagged = Snapshot<unknown> & { hasTag(tag: 'busy'): boolean };

/** Resolves once the machine is not waiting for the store (`busy`) any more. */
function settled<S extends Tagged, E extends EventObject>(actor: ActorRef<S, E>): Promise<S> {
  return waitFor(actor, (snapshot) => !snapshot.hasTag('busy'), patience);
}

/** The reason a form shows: the store's form-wide refusal first, else its first field error. */
function reasonOf(errors: FieldErrors): ErrorKey {
  return errors['form'] ?? Object.values(errors).find((key) => key !== undefined) ?? 'error.input.invalid';
}

const refused = (errors: FieldErrors): StepResult => ({ ok: false, error: reasonOf(errors) });

/** Types `values` into a form machine's fields, as `field.change` events. */
function type(actor: AnyActorRef, values: Readonly<Record<string, string>>): void {
  for (const [field, value] of Object.entries(values)) actor.send({ type: 'field.change', field, value });
}

/** Runs `task` with a started actor, and stops it afterwards whatever happens. */
async function using<A extends AnyActorRef>(actor: A, task: (actor: A) => Promise<StepResult>): Promise<StepResult> {
  actor.start();
  try {
    return await task(actor);
  } catch {
    // Stuck (the store never answered): said like the store's own unexpected failures.
    return { ok: false, error: 'error.input.invalid' };
  } finally {
    actor.stop();
  }
}

/** The sign-in page (`signInMachine`): someone already signed in counts as done. */
export function signInAs(portal: PortalApi, email: string, password: string): Promise<StepResult> {
  return using(createActor(signInMachine, { input: { portal } }), async (actor) => {
    if ((await settled(actor)).matches('signedIn')) return { ok: true };
    type(actor, { email, password });
    actor.send({ type: 'form.submit' });
    const answer = await settled(actor);
    return answer.hasTag('done') ? { ok: true } : refused(answer.context.errors);
  });
}

/** Sign out (`signOutMachine`). */
export function signOutNow(portal: PortalApi): Promise<StepResult> {
  return using(createActor(signOutMachine, { input: { portal } }), async (actor) => {
    actor.send({ type: 'session.end' });
    const answer = await settled(actor);
    return answer.hasTag('done') ? { ok: true } : refused(answer.context.errors);
  });
}

/** "Didn't receive an invitation email?" (`resendRequestMachine`): the store's answer is neutral, so only the mailbox tells. */
export function askForResend(portal: PortalApi, values: ResendValues): Promise<StepResult> {
  return using(createActor(resendRequestMachine, { input: { portal } }), async (actor) => {
    type(actor, { ...values });
    actor.send({ type: 'form.submit' });
    const answer = await settled(actor);
    return answer.hasTag('done') ? { ok: true } : refused(answer.context.errors);
  });
}

/**
 * The invitation's link and "Create your organizational account" (`invitationMachine`): the
 * name and country come filled in from the invitation; Start creates the account and signs in.
 */
export function createAccount(portal: PortalApi, token: string, password: string): Promise<StepResult> {
  return using(createActor(invitationMachine, { input: { portal, token } }), async (actor) => {
    const opened = await settled(actor);
    if (!opened.matches('form')) return refused(opened.context.errors);
    type(actor, { password, confirmPassword: password });
    actor.send({ type: 'form.submit' });
    const answer = await settled(actor);
    return answer.hasTag('done') ? { ok: true } : refused(answer.context.errors);
  });
}
