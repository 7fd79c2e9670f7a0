import type { RoleId } from '../domain/roles';
import type { PracticeScreen } from './attempt';
import type { PracticeEvent, PracticeMachineId, StepInput } from './machines';

/**
 * One machine, from the screen that opens it to its last event: the events are the trainee's
 * (as model journeys write them), sent in order, each once the store answered the one before.
 */
export type MachineStep = {
  readonly [M in PracticeMachineId]: { readonly kind: 'machine'; readonly machine: M; readonly input: StepInput<M>; readonly events: readonly PracticeEvent<M>[] };
}[PracticeMachineId];

/** A screen without a machine shown: My profile of, or the mailbox of, `subject`. */
export interface OpenStep {
  readonly kind: 'open';
  readonly screen: PracticeScreen;
  readonly subject: string;
}

/** The scenario's question answered with `choices`. */
export interface AnswerStep {
  readonly kind: 'answer';
  readonly choices: readonly RoleId[];
}

/** A step of a solution: what "Show me" plays, and what the tests replay. */
export type SolutionStep = MachineStep | OpenStep | AnswerStep;

/**
 * A machine's step: `drive('resendRequest', [change('email', …), { type: 'form.submit' }])`.
 * `input` is what the view would pass besides the portal (a link's token, a user's id).
 */
export function drive<M extends PracticeMachineId>(machine: M, events: readonly PracticeEvent<M>[], input?: StepInput<M>): MachineStep {
  return { kind: 'machine', machine, events, input: input ?? {} } as MachineStep;
}

export const open = (screen: PracticeScreen, subject: string): OpenStep => ({ kind: 'open', screen, subject });

export const answer = (choices: readonly RoleId[]): AnswerStep => ({ kind: 'answer', choices });

/** `field.change`, the event every form takes, as solutions type it again and again. */
export const change = (field: string, value: string) => ({ type: 'field.change' as const, field, value });

/** The trainee leaves `field` (Tab): a changed field's error shows from then on. */
export const leave = (field: string) => ({ type: 'field.blur' as const, field });

/**
 * How many of the trainee's actions a solution takes: opening each machine's screen, each of its
 * events, each other step. A prefix of a solution is counted in these actions.
 */
export function actionCount(steps: readonly SolutionStep[]): number {
  return steps.reduce((sum, step) => sum + (step.kind === 'machine' ? 1 + step.events.length : 1), 0);
}

/**
 * The first `actions` actions of a solution: a machine step cut after some of its events (after
 * none: its screen opened, nothing done there), or left out.
 * @example prefixOf([drive('signIn', [a, b])], 2) // [drive('signIn', [a])]
 */
export function prefixOf(steps: readonly SolutionStep[], actions: number): SolutionStep[] {
  const kept: SolutionStep[] = [];
  let left = actions;
  for (const step of steps) {
    if (left <= 0) break;
    if (step.kind !== 'machine') {
      kept.push(step);
      left -= 1;
      continue;
    }
    kept.push({ ...step, events: step.events.slice(0, left - 1) } as MachineStep);
    left -= 1 + step.events.length;
  }
  return kept;
}

/**
 * The solution without its action number `index` (counted as `prefixOf` counts): without an
 * event, or without a whole step when that action opens it. For testing that none is spare.
 */
export function withoutAction(steps: readonly SolutionStep[], index: number): SolutionStep[] {
  const kept: SolutionStep[] = [];
  let at = 0;
  for (const step of steps) {
    const size = step.kind === 'machine' ? 1 + step.events.length : 1;
    if (index < at || index >= at + size) kept.push(step);
    else if (step.kind === 'machine' && index > at) kept.push({ ...step, events: step.events.filter((_, event) => event !== index - at - 1) } as MachineStep);
    at += size;
  }
  return kept;
}
