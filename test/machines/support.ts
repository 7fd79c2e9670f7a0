import { createActor, fromPromise, waitFor, type Actor, type AnyMachineSnapshot, type AnyStateMachine, type InputFrom, type PromiseActorLogic } from 'xstate';
import type { FieldErrors } from '../../src/domain/errors';
import { PortalRefusal } from '../../src/machines/portalCall';
import type { PortalApi } from '../../src/store/portalApi';

export { sessionOf } from '../support/sessionOf';

/** A portal no test expects to be called: the actors are faked with `.provide()`. */
export const noPortal = {} as PortalApi;

/**
 * A fake stands in for any of a machine's invoked actors, whatever its declared output and
 * input: loosely typed on purpose, so one helper serves every machine's `.provide()`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Fake = PromiseActorLogic<any, any>;

/** A fake invoked actor answering `output` (what the store accepted). */
export const answer = (output: unknown): Fake => fromPromise(async () => output);

/** A fake invoked actor refused by the store with `errors`. */
export const refuse = (errors: FieldErrors): Fake =>
  fromPromise<unknown>(async () => {
    throw new PortalRefusal(errors);
  });

/** A fake invoked actor whose call rejects (the portal out of reach). */
export const unreachable = (): Fake =>
  fromPromise<unknown>(async () => {
    throw new Error('portal unreachable');
  });

/** A fake invoked actor that never answers: the machine stays busy. */
export const pending = (): Fake => fromPromise<unknown>(() => new Promise(() => {}));

/** A fake that records the input it was given, then answers `output`. */
export function recording(output: unknown): { logic: Fake; inputs: unknown[] } {
  const inputs: unknown[] = [];
  return { logic: fromPromise(async ({ input }) => (inputs.push(input), output)), inputs };
}

/** A fake answering each call with the next of `answers` (an Error, a PortalRefusal included, is thrown). */
export function inTurn(...answers: unknown[]): Fake {
  return fromPromise<unknown>(async () => {
    const next = answers.length > 1 ? answers.shift() : answers[0];
    if (next instanceof Error) throw next;
    return next;
  });
}

/** Starts an actor of `machine` (with its fakes provided). */
export function start<M extends AnyStateMachine>(machine: M, input: InputFrom<M>) {
  return createActor(machine, { input } as never).start();
}

/** Waits until the actor is no longer `busy` and answers its snapshot. */
export function settled<M extends AnyStateMachine>(actor: Actor<M>) {
  return waitFor(actor, (snapshot: AnyMachineSnapshot) => !snapshot.hasTag('busy'), { timeout: 1000 });
}
