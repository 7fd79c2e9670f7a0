import type { AnyEventObject, InspectionEvent } from 'xstate';
import type { FieldErrors, NoticeKey } from '../domain/errors';
import { refusalOf } from '../machines/portalCall';
import type { PracticeMachineId } from './machines';

/** The screens that show something without a machine: My profile, and one address's mailbox. */
export type PracticeScreen = 'profile' | 'mailbox';

/** An event as the log keeps it: its type and payload (password values blanked). */
export type LoggedEvent = { readonly type: string } & Readonly<Record<string, unknown>>;

/**
 * One thing that happened in this attempt at a scenario, oldest first:
 * - `event`: the trainee sent a machine an event; `taken` says whether the machine took it (a
 *   guard refuses a role box the trainee may not tick, a Submit on an incomplete form), and
 *   `errors` what the form showed right after;
 * - `answer`: the store answered one of the machine's calls (`call` is the invoked actor's id):
 *   accepted, with the notice it gave if any, or refused, with its keys;
 * - `opened`: a screen without a machine was shown (`subject`: whose profile or mailbox);
 * - `answered`: the trainee answered the scenario's question with these choices.
 */
export type AttemptEntry =
  | { readonly kind: 'event'; readonly machine: PracticeMachineId; readonly event: LoggedEvent; readonly taken: boolean; readonly errors: FieldErrors }
  | { readonly kind: 'answer'; readonly machine: PracticeMachineId; readonly call: string; readonly ok: true; readonly notice: NoticeKey | null }
  | { readonly kind: 'answer'; readonly machine: PracticeMachineId; readonly call: string; readonly ok: false; readonly errors: FieldErrors }
  | { readonly kind: 'opened'; readonly screen: PracticeScreen; readonly subject: string }
  | { readonly kind: 'answered'; readonly choices: readonly string[] };

const doneCall = /^xstate\.done\.actor\.(.+)$/;
const errorCall = /^xstate\.error\.actor\.(.+)$/;

function noticeOf(output: unknown): NoticeKey | null {
  const notice = typeof output === 'object' && output !== null ? (output as { notice?: unknown }).notice : undefined;
  return typeof notice === 'string' ? (notice as NoticeKey) : null;
}

function errorsOf(context: unknown): FieldErrors {
  const errors = typeof context === 'object' && context !== null ? (context as { errors?: unknown }).errors : undefined;
  return typeof errors === 'object' && errors !== null ? (errors as FieldErrors) : {};
}

/** What was typed in a password field is never kept, like the store never keeps a password. */
function redacted(event: AnyEventObject): LoggedEvent {
  const field = (event as { field?: unknown }).field;
  return typeof field === 'string' && /password/i.test(field) && 'value' in event ? { ...event, value: '' } : { ...event };
}

/**
 * The log entry for an event a machine processed (`context`: its context right after), or
 * `undefined` for XState's own events (start, stop) that say nothing about the trainee.
 * @example entryOf('resendRequest', { type: 'xstate.done.actor.requestResend', output: { notice: 'notice.resend.received' } }, true, {})
 * // { kind: 'answer', machine: 'resendRequest', call: 'requestResend', ok: true, notice: 'notice.resend.received' }
 */
export function entryOf(machine: PracticeMachineId, event: AnyEventObject, taken: boolean, context: unknown): AttemptEntry | undefined {
  const done = doneCall.exec(event.type);
  if (done) return { kind: 'answer', machine, call: done[1] ?? '', ok: true, notice: noticeOf((event as { output?: unknown }).output) };
  const error = errorCall.exec(event.type);
  if (error) return { kind: 'answer', machine, call: error[1] ?? '', ok: false, errors: refusalOf((event as { error?: unknown }).error) };
  if (event.type.startsWith('xstate.')) return undefined;
  return { kind: 'event', machine, event: redacted(event), taken, errors: errorsOf(context) };
}

/** An attempt's log: appended to while the trainee works, read by the checks. */
export interface AttemptLog {
  entries(): readonly AttemptEntry[];
  append(entry: AttemptEntry): void;
  /**
   * An `inspect` observer for the actor of `machine` (`createActor(machine, { inspect })`, or
   * `useMachine(machine, { input, inspect })` in a view): every event the machine processes,
   * the trainee's and the store's answers, becomes an entry, with whether it took a transition.
   */
  inspect(machine: PracticeMachineId): (event: InspectionEvent) => void;
  /** Calls `listener` after every new entry (a checklist re-evaluates); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * A new attempt's log. The page feeds it from three places: each machine's actor through
 * `inspect(machine)`, the screens without a machine (`append({ kind: 'opened', … })` when My
 * profile or a mailbox is shown), and the question's form (`append({ kind: 'answered', … })`).
 * Tests replaying a solution feed it the same way.
 */
export function createAttemptLog(initial: readonly AttemptEntry[] = []): AttemptLog {
  const entries: AttemptEntry[] = [...initial];
  const listeners = new Set<() => void>();
  const append = (entry: AttemptEntry) => {
    entries.push(entry);
    for (const listener of [...listeners]) listener();
  };
  return {
    entries: () => entries,
    append,
    inspect(machine) {
      // XState reports each processed event as microsteps (with the transitions taken, none
      // when no transition matched or a guard refused) and then one snapshot: an entry is
      // written at the snapshot, once per event.
      const taken = new Map<InspectionEvent['actorRef'], boolean>();
      return (inspection) => {
        if (inspection.type === '@xstate.microstep') {
          taken.set(inspection.actorRef, (taken.get(inspection.actorRef) ?? false) || inspection._transitions.length > 0);
        } else if (inspection.type === '@xstate.snapshot' && taken.has(inspection.actorRef)) {
          const entry = entryOf(machine, inspection.event, taken.get(inspection.actorRef) ?? false, (inspection.snapshot as { context?: unknown }).context);
          taken.delete(inspection.actorRef);
          if (entry) append(entry);
        }
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
