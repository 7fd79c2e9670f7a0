import { useMachine } from '@xstate/react';
import { useEffect } from 'react';
import type { AnyActorRef, AnyStateMachine, InspectionEvent } from 'xstate';
import type { PracticeMachineId, PracticeScreen } from '../../practice';

/**
 * What a practice page listens to in the portal's islands. On the free simulator and in the
 * guide's panels nobody listens, and every hook below does nothing more than `useMachine`.
 * - `inspect`: the attempt log's observer for a machine's actor (`AttemptLog.inspect`);
 * - `running`: a view's actor is live (Show me sends it the solution's events);
 * - `opener`: a view can open a machine's screen that no route names (Invite users, a user's roles);
 * - `opened`: a screen without a machine was shown (My profile, a mailbox).
 */
export interface PracticeListener {
  inspect(machine: PracticeMachineId): (event: InspectionEvent) => void;
  running(machine: PracticeMachineId, actor: AnyActorRef): () => void;
  opener(machine: PracticeMachineId, open: (input: Readonly<Record<string, unknown>>) => void): () => void;
  opened(screen: PracticeScreen, subject: string): void;
}

let listener: PracticeListener | undefined;

/** Set once by the practice page's module, before its islands mount. */
export function listenForPractice(next: PracticeListener): void {
  listener = next;
}

/**
 * `useMachine`, with the practice page told about the actor: the trainee's events and the
 * store's answers go to the attempt log, and Show me can drive this very actor.
 * @example const [state, send] = usePracticeMachine('signIn', signInMachine, { input: { portal } });
 */
export function usePracticeMachine<M extends AnyStateMachine>(id: PracticeMachineId, machine: M, options: { input: unknown }): ReturnType<typeof useMachine<M>> {
  const inspect = listener?.inspect(id);
  const result = useMachine(machine, (inspect ? { ...options, inspect } : options) as never);
  const actor = result[2];
  useEffect(() => listener?.running(id, actor), [id, actor]);
  return result;
}

/** Lets Show me open `machine`'s screen through this view's own state. */
export function usePracticeOpener(id: PracticeMachineId, open: (input: Readonly<Record<string, unknown>>) => void): void {
  useEffect(() => listener?.opener(id, open), [id, open]);
}

/** Tells the practice page that `screen` of `subject` is shown (`null`: not shown). */
export function usePracticeOpened(screen: PracticeScreen, subject: string | null): void {
  useEffect(() => {
    if (subject) listener?.opened(screen, subject);
  }, [screen, subject]);
}
