import { initialTransition, transition, type AnyEventObject, type AnyMachineSnapshot, type AnyStateMachine, type AnyStateNode, type AnyTransitionDefinition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { ModelDefinition, Outcome } from './spec';

/** The harness handles any machine; specs stay typed for their authors. */
export type AnySpec = ModelDefinition<AnyStateMachine>;

/** A path to run: the events in order and the model's snapshot after each (index 0: the start). */
export interface ModelPath {
  readonly events: readonly AnyEventObject[];
  readonly states: readonly AnyMachineSnapshot[];
  readonly description: string;
}

/** Walks the model with `xstate/graph`, remembering which played event stands for which outcome. */
export function createWalker(spec: AnySpec) {
  const outcomes = new WeakMap<object, Outcome>();
  const busy = (snapshot: AnyMachineSnapshot) => snapshot.hasTag('busy');
  const events = (snapshot: AnyMachineSnapshot): AnyEventObject[] => {
    if (!busy(snapshot)) return [...spec.events(snapshot)];
    return spec.outcomes(snapshot).map((outcome) => {
      outcomes.set(outcome.event, outcome);
      return outcome.event;
    });
  };
  const serializeState = (snapshot: AnyMachineSnapshot) => JSON.stringify([snapshot.value, (spec.key ?? spec.project)(snapshot)]);
  const serializeEvent = (event: AnyEventObject) => {
    const outcome = outcomes.get(event);
    return outcome ? `${event.type}#${outcome.name}` : JSON.stringify(event);
  };
  const label = (event: AnyEventObject) => {
    const outcome = outcomes.get(event);
    if (outcome) return `[${outcome.name}]`;
    const own = spec.label?.(event);
    if (own !== undefined) return own;
    const { type, ...rest } = event as { type: string };
    const detail = Object.values(rest).map((value) => JSON.stringify(value)).join(' ');
    return detail ? `${type}(${detail})` : type;
  };
  return { outcomes, events, serializeState, serializeEvent, label };
}

/**
 * The exact snapshots along `events`, from `first`. Shortest paths share their prefixes, so the
 * snapshot after each prefix is remembered: each new path costs one transition.
 */
function createReplayer(machine: AnyStateMachine, first: AnyMachineSnapshot, serializeEvent: (event: AnyEventObject) => string) {
  const known = new Map<string, AnyMachineSnapshot[]>([['', [first]]]);
  const replay = (events: readonly AnyEventObject[]): AnyMachineSnapshot[] => {
    const key = events.map(serializeEvent).join('\n');
    const remembered = known.get(key);
    if (remembered) return remembered;
    const head = replay(events.slice(0, -1));
    const states = [...head, transition(machine, head.at(-1) as AnyMachineSnapshot, events.at(-1) as AnyEventObject)[0]];
    known.set(key, states);
    return states;
  };
  return replay;
}

/** The options of `getShortestPaths` for a model: its events (the store's answers where busy) and state keys. */
export function walkOptions(spec: AnySpec, walker = createWalker(spec)) {
  // A model that keeps growing is a bug in the spec: fail fast instead of running out of memory.
  const limit = 50_000;
  return { input: spec.input(null), limit, events: walker.events, serializeState: walker.serializeState, serializeEvent: walker.serializeEvent };
}

/**
 * Paths that, together, enter every state and take every transition the walk can reach, and
 * play every event and every store answer of the model at least once: the shortest path to
 * each model state (`shortest`: `getShortestPaths` with `walkOptions`), extended by each event
 * possible there, kept when it brings something no earlier path did.
 */
export function coveringPaths(spec: AnySpec, walker = createWalker(spec), shortest = getShortestPaths(spec.machine, walkOptions(spec, walker))): ModelPath[] {
  const { machine } = spec;
  const input = spec.input(null);
  const start = initialTransition(machine, input)[0] as AnyMachineSnapshot;
  const replay = createReplayer(machine, start, walker.serializeEvent);
  const seenTransitions = new Set<AnyTransitionDefinition>();
  const seenStates = new Set<AnyStateNode>(start._nodes);
  const seenEvents = new Set<string>();
  const chosen: ModelPath[] = [];
  for (const path of [...shortest].sort((a, b) => a.weight - b.weight)) {
    const head = path.steps.slice(1).map((step) => step.event);
    const states = replay(head);
    const here = states.at(-1) as AnyMachineSnapshot;
    for (const event of walker.events(here)) {
      const taken = machine.getTransitionData(here, event) as AnyTransitionDefinition[];
      const next = transition(machine, here, event)[0] as AnyMachineSnapshot;
      const played = walker.serializeEvent(event);
      const fresh = taken.some((t) => !seenTransitions.has(t)) || next._nodes.some((node: AnyStateNode) => !seenStates.has(node));
      if (!fresh && (taken.length === 0 || seenEvents.has(played))) continue;
      seenEvents.add(played);
      taken.forEach((t) => seenTransitions.add(t));
      next._nodes.forEach((node: AnyStateNode) => seenStates.add(node));
      const events = [...head, event];
      chosen.push({ events, states: [...states, next], description: events.map(walker.label).join(' → ') || '(start)' });
    }
  }
  return chosen;
}

/** A journey of the spec as a path: outcome names stand for the outcome's event. */
export function journeyPath(spec: AnySpec, walker: ReturnType<typeof createWalker>, journey: { name: string; steps: readonly (AnyEventObject | string)[] }): ModelPath {
  const { machine } = spec;
  const states = [initialTransition(machine, spec.input(null))[0]];
  const events: AnyEventObject[] = [];
  for (const step of journey.steps) {
    const here = states.at(-1) as AnyMachineSnapshot;
    const event = typeof step === 'string' ? walker.events(here).find((candidate) => walker.outcomes.get(candidate)?.name === step) : step;
    if (!event) throw new Error(`${journey.name}: no outcome "${String(step)}" in ${JSON.stringify(here.value)}`);
    events.push(event);
    states.push(transition(machine, here, event)[0]);
  }
  return { events, states, description: `journey: ${journey.name}` };
}
