import type { EventFrom, InputFrom } from 'xstate';
import type { FlowMachines } from '../flows';

/**
 * The machines a trainee drives in a scenario, by the names solutions and the attempt log use
 * (each machine's own XState id), derived from the flows' descriptors. Types only: a page that
 * imports the scenarios does not get every machine's code with them; whoever runs a step brings the machine.
 */
export type PracticeMachines = FlowMachines;

export type PracticeMachineId = keyof PracticeMachines;

/** A learner's event to one machine, typed by that machine. */
export type PracticeEvent<M extends PracticeMachineId> = EventFrom<PracticeMachines[M]>;

/**
 * What a step gives a machine beyond what its view always supplies: the page's portal, and
 * (Manage users' row actions) the session the store answers. A link's token, a user's id.
 */
export type StepInput<M extends PracticeMachineId> = Omit<InputFrom<PracticeMachines[M]>, 'portal' | 'session'>;
