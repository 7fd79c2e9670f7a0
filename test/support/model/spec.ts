import type { AnyEventObject, AnyStateMachine, EventFrom, InputFrom, SnapshotFrom } from 'xstate';
import { PortalRefusal } from '../../../src/machines/portalCall';
import type { FieldErrors } from '../../../src/domain/errors';
import type { Mark, World } from './world';

/**
 * One way the store may answer an invoked call: the event the model plays in its place, and
 * how to set the real store up beforehand so that it answers the same way.
 */
export interface Outcome {
  readonly name: string;
  readonly event: AnyEventObject;
  readonly arrange?: (world: World) => Promise<void> | void;
}

/** A machine's model: the learner's events and the store's answers (shared by the Vitest and e2e replays). */
export interface ModelDefinition<M extends AnyStateMachine> {
  readonly name: string;
  readonly machine: M;
  /** The actor's input; `world` is null while the model is walked (no store is called then). */
  readonly input: (world: World | null) => InputFrom<M>;
  /** What the learner may do in a snapshot that is not `busy`. */
  readonly events: (snapshot: SnapshotFrom<M>) => readonly EventFrom<M>[];
  /** How the store may answer in a `busy` snapshot (nothing else happens there in the model). */
  readonly outcomes: (snapshot: SnapshotFrom<M>) => readonly Outcome[];
  /** What model and real actor must agree on after every step (the state value is always compared). */
  readonly project: (snapshot: SnapshotFrom<M>) => unknown;
  /** How a learner's event reads in a path's title, where its payload would not (default: its values as JSON). */
  readonly label?: (event: EventFrom<M>) => string | undefined;
  /** Model states are told apart by value and by this (default: `project`). */
  readonly key?: (snapshot: SnapshotFrom<M>) => unknown;
  /**
   * Stories told in full (the guide's, or a rule worth seeing once), beside the generated paths:
   * each step is a learner's event, or the name of one of `outcomes` where the model is busy.
   */
  readonly journeys?: readonly Journey<EventFrom<M>>[];
}

/** A model plus what the memory store must say after each step (test/model). */
export interface ModelSpec<M extends AnyStateMachine> extends ModelDefinition<M> {
  /** What the store must say in this real state (not `busy`), compared with how it was before the last step. */
  readonly verify: (world: World, snapshot: SnapshotFrom<M>, before: Mark) => Promise<void>;
}

export interface Journey<E> {
  readonly name: string;
  readonly steps: readonly (E | string)[];
}

/** The store accepted: `xstate.done.actor.<id>` with a payload like the store's. */
export function done(id: string, name: string, output: unknown, arrange?: Outcome['arrange']): Outcome {
  return { name, event: { type: `xstate.done.actor.${id}`, output }, ...(arrange ? { arrange } : {}) };
}

/** The store refused with these errors. */
export function refused(id: string, name: string, errors: FieldErrors, arrange?: Outcome['arrange']): Outcome {
  return { name, event: { type: `xstate.error.actor.${id}`, error: new PortalRefusal(errors) }, ...(arrange ? { arrange } : {}) };
}

/** The store saved nothing (the backend's write failed): `error.store.writeFailed`. */
export function writeFailed(id: string): Outcome {
  return refused(id, 'writeFailed', { form: 'error.store.writeFailed' }, (world) => world.failNextWrite());
}

/** The call rejected (the portal out of reach): `method`, the PortalApi call the actor makes first. */
export function rejected(id: string, method = id): Outcome {
  return { name: 'rejected', event: { type: `xstate.error.actor.${id}`, error: new Error('portal unreachable') }, arrange: (world) => world.rejectNextCall(method) };
}
