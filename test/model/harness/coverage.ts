import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition, InspectionEvent } from 'xstate';
import { getStateNodes } from 'xstate/graph';

/** Every state node (the root excepted) and every transition a machine defines, found by walking it. */
export function definitionOf(machine: AnyStateMachine): { states: AnyStateNode[]; transitions: AnyTransitionDefinition[] } {
  const states = getStateNodes(machine.root);
  const transitions = [machine.root, ...states].flatMap((node) => [...[...node.transitions.values()].flat(), ...(node.always ?? [])]);
  return { states, transitions };
}

/** A transition as people read it: `form.submit: #resendRequest.form → #resendRequest.submitting`. */
export function describeTransition(transition: AnyTransitionDefinition): string {
  const targets = transition.target?.map((node) => node.id).join(', ') ?? '(stays)';
  return `${transition.eventType || '(always)'}: ${transition.source.id} → ${targets}`;
}

/** What real actors of one machine went through: states entered and transitions taken. */
export class Coverage {
  readonly states = new Set<AnyStateNode>();
  readonly transitions = new Set<AnyTransitionDefinition>();

  constructor(readonly name: string, readonly machine: AnyStateMachine) {}

  /** An `inspect` callback for `createActor`. */
  readonly inspect = (event: InspectionEvent): void => {
    if (event.type !== '@xstate.microstep') return;
    for (const transition of event._transitions) this.transitions.add(transition);
    this.record(event.snapshot);
  };

  record(snapshot: unknown): void {
    const nodes = (snapshot as { _nodes?: readonly AnyStateNode[] })._nodes ?? [];
    for (const node of nodes) if (node !== this.machine.root) this.states.add(node);
  }

  missing(): { states: string[]; transitions: string[] } {
    const { states, transitions } = definitionOf(this.machine);
    return {
      states: states.filter((node) => !this.states.has(node)).map((node) => node.id),
      transitions: transitions.filter((transition) => !this.transitions.has(transition)).map(describeTransition),
    };
  }

  /** `resendRequest: states 5/5, transitions 7/7 (100%)` */
  summary(): string {
    const { states, transitions } = definitionOf(this.machine);
    const reachedStates = states.filter((node) => this.states.has(node)).length;
    const taken = transitions.filter((transition) => this.transitions.has(transition)).length;
    const percent = Math.floor((100 * (reachedStates + taken)) / (states.length + transitions.length));
    return `${this.name}: states ${reachedStates}/${states.length}, transitions ${taken}/${transitions.length} (${percent}%)`;
  }
}
