import type { AnyActorRef } from 'xstate';
import { createPbkdf2Hasher } from '../../domain/passwordHash';
import type { PortalState } from '../../domain/state';
import type { Locale } from '../../i18n/locales';
import { buildStart, createAttemptLog, evaluate, type AttemptEntry, type AttemptLog, type PracticeMachineId, type Scenario } from '../../practice';
import { attemptStarted, hintShown, scenarioDone } from '../../practice/progress';
import { createSeed, DOCUMENT_VERSION, type PortalApi } from '../../store';
import { parseDocument } from '../../store/parseDocument';
import type { PracticeListener } from '../parts/practiceBridge';
import { parseAttempt, serializeAttempt } from './attemptStore';
import type { ProgressStore } from './progressStore';

/** A scenario's portal document: its own key, apart from the free simulator's. */
export const scenarioKey = (id: string) => `business-center-help:practice:${id}`;
const attemptKey = (id: string) => `${scenarioKey(id)}:attempt`;

export type CheckResult = { readonly id: string; readonly passed: boolean };

/** What the practice panel shows, recomputed after every entry and every store change. */
export interface SessionView {
  readonly checks: readonly CheckResult[];
  /** Every check passed at some point of this attempt (the debrief stays after a later sign-out). */
  readonly done: boolean;
  readonly hints: number;
  /** Bumped by Start over: the portal's islands mount again on the new start state. */
  readonly epoch: number;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export interface PracticeSession {
  readonly scenario: Scenario;
  readonly listener: PracticeListener;
  /** The live actor a view runs for `machine`, for Show me. */
  actor(machine: PracticeMachineId): AnyActorRef | undefined;
  /** Opens `machine`'s screen through the view that holds it, when no route names it. */
  open(machine: PracticeMachineId, input: Readonly<Record<string, unknown>>): boolean;
  view(): SessionView;
  subscribe(listener: () => void): () => void;
  start(): PortalState;
  append(entry: AttemptEntry): void;
  showHint(): void;
  startOver(): Promise<void>;
}

interface Options {
  readonly scenario: Scenario;
  readonly portal: PortalApi;
  readonly storage: StorageLike | null;
  readonly progress: ProgressStore;
  readonly locale: Locale;
  /** Whether the portal document existed before this page opened it (else the attempt starts afresh). */
  readonly resumable: boolean;
}

async function buildStartDocument(scenario: Scenario, locale: Locale): Promise<string> {
  const newId = () => crypto.randomUUID();
  const seed = createSeed({ newId, language: locale });
  const state = await buildStart(scenario.start, { seed, newId, hasher: createPbkdf2Hasher() });
  return JSON.stringify({ version: DOCUMENT_VERSION, revision: 0, state });
}

/**
 * One scenario on its page: its start state in the page's portal (built from the scenario's
 * steps, or the attempt this browser kept), the attempt log fed by the islands, the checks
 * evaluated after every entry and store change, and progress recorded.
 */
export async function openSession({ scenario, portal, storage, progress, locale, resumable }: Options): Promise<PracticeSession> {
  const read = (key: string) => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const saved = resumable ? parseAttempt(read(attemptKey(scenario.id))) : undefined;
  let startDocument = saved ? JSON.stringify({ version: DOCUMENT_VERSION, revision: 0, state: saved.start }) : '';
  let start = saved?.start;
  let log: AttemptLog = createAttemptLog(saved?.entries ?? []);
  let hints = saved?.hints ?? 0;
  let view: SessionView = { checks: scenario.checks.map((check) => ({ id: check.id, passed: false })), done: saved?.done ?? false, hints, epoch: 0 };
  const listeners = new Set<() => void>();
  const actors = new Map<PracticeMachineId, AnyActorRef>();
  const openers = new Map<PracticeMachineId, (input: Readonly<Record<string, unknown>>) => void>();

  const save = () => {
    if (!start) return;
    try {
      storage?.setItem(attemptKey(scenario.id), serializeAttempt({ start, entries: log.entries(), hints, done: view.done }, startDocument));
    } catch {
      // storage full or blocked: the attempt goes on in this page
    }
  };
  const publish = (next: SessionView) => {
    view = next;
    for (const listener of [...listeners]) listener();
  };
  let asked = 0;
  const reevaluate = async () => {
    const ticket = ++asked;
    const parsed = parseDocument(await portal.exportDocument());
    if (ticket !== asked || !parsed.ok || !start) return;
    const checks = evaluate(scenario, { start, state: parsed.document.state, attempt: log.entries() });
    const passedAll = checks.every((check) => check.passed);
    const newlyDone = passedAll && !view.done;
    if (newlyDone) progress.change((current) => scenarioDone(current, scenario.id, new Date()));
    publish({ ...view, checks, done: view.done || passedAll, hints });
    if (newlyDone) save();
  };
  const watch = (next: AttemptLog) => {
    log = next;
    log.subscribe(() => {
      save();
      void reevaluate();
    });
  };

  const begin = async () => {
    startDocument = await buildStartDocument(scenario, locale);
    const imported = await portal.importDocument(startDocument);
    if (!imported.ok) throw new Error(`practice: the start state of ${scenario.id} was refused`);
    const parsed = parseDocument(startDocument);
    start = parsed.ok ? parsed.document.state : undefined;
    hints = 0;
    view = { ...view, done: false };
    watch(createAttemptLog());
    progress.change((current) => attemptStarted(current, scenario.id));
    save();
  };

  if (saved) watch(log);
  else await begin();
  portal.subscribe(() => void reevaluate());
  await reevaluate();

  return {
    scenario,
    listener: {
      inspect(machine) {
        // Each actor's observer follows the current log: Start over begins a new one.
        let owner = log;
        let inner = log.inspect(machine);
        return (event) => {
          if (owner !== log) {
            owner = log;
            inner = log.inspect(machine);
          }
          inner(event);
        };
      },
      running(machine, actor) {
        actors.set(machine, actor);
        return () => {
          if (actors.get(machine) === actor) actors.delete(machine);
        };
      },
      opener(machine, open) {
        openers.set(machine, open);
        return () => {
          if (openers.get(machine) === open) openers.delete(machine);
        };
      },
      opened(screen, subject) {
        log.append({ kind: 'opened', screen, subject });
      },
    },
    actor: (machine) => actors.get(machine),
    open(machine, input) {
      const open = openers.get(machine);
      open?.(input);
      return open !== undefined;
    },
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: () => start as PortalState,
    append: (entry) => log.append(entry),
    showHint() {
      if (hints >= scenario.hints.length) return;
      hints += 1;
      progress.change((current) => hintShown(current, scenario.id));
      save();
      publish({ ...view, hints });
    },
    async startOver() {
      await begin();
      publish({ ...view, hints, done: false, epoch: view.epoch + 1 });
      await reevaluate();
    },
  };
}
