import type { AnyActorRef } from 'xstate';
import type { Locale } from '../../config/locales';
import { createPbkdf2Hasher } from '../../domain/passwordHash';
import type { PortalState } from '../../domain/state';
import type { PracticeListener } from '../../islands/parts/practiceBridge';
import { createSeed, DOCUMENT_VERSION, type PortalApi } from '../../store';
import type { AttemptSlot } from '../../store/practice/scenarioStorage';
import { buildStart, createAttemptLog, evaluate, type AttemptEntry, type AttemptLog, type PracticeMachineId, type Scenario } from '..';
import { attemptStarted, handedIn, hintShown, scenarioDone } from '../progress';
import type { ProgressStore } from '../progressStore';
import { parseAttempt, serializeAttempt } from './attemptStore';


export type CheckResult = { readonly id: string; readonly passed: boolean };

/** What the practice panel shows, recomputed after every entry and every store change. */
export interface SessionView {
  readonly checks: readonly CheckResult[];
  /** Every check passed at some point of this attempt (the debrief stays after a later sign-out). */
  readonly done: boolean;
  readonly hints: number;
  /** Bumped by Start over: the portal's islands mount again on the new start state. */
  readonly epoch: number;
  /** This attempt is assessed: no hints, no Show me, no ticks until it is handed in. */
  readonly assessed: boolean;
  /** The hand-in's result, once this assessed attempt was handed in. */
  readonly handedIn?: 'passed' | 'failed';
  /**
   * Whether this browser keeps the work: `unsaved` once a write was refused (storage full or
   * blocked), `unavailable` when there is no storage at all; the attempt goes on in this page.
   */
  readonly kept: 'kept' | 'unsaved' | 'unavailable';
}

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
  /**
   * Assessment mode switched: an attempt becomes assessed only from its start, so switching it on
   * starts the scenario again (hints seen or a solution watched do not count towards a pass);
   * switching it off lets the trainee go on with the same attempt, with help.
   */
  setAssessment(on: boolean): Promise<void>;
  /** Ends an assessed attempt: passed when every check passed during it, else failed; recorded in progress. */
  handIn(): void;
}

interface Options {
  readonly scenario: Scenario;
  /** The scenario's own portal: the session reads it through its API (`getSnapshot`), as the views do. */
  readonly portal: PortalApi;
  /** Where the attempt is kept beside the portal's document; `null` when this browser keeps nothing. */
  readonly attemptSlot: AttemptSlot | null;
  readonly progress: ProgressStore;
  readonly locale: Locale;
  /** Whether the portal document existed before this page opened it (else the attempt starts afresh). */
  readonly resumable: boolean;
  /** Assessment mode is on in this browser as the page opens. */
  readonly assessment?: boolean;
}

/** The store's document of a start state: what the portal imports, and what the attempt keeps. */
const startDocumentOf = (state: PortalState) => JSON.stringify({ version: DOCUMENT_VERSION, revision: 0, state });

async function buildStartDocument(scenario: Scenario, locale: Locale): Promise<string> {
  const newId = () => crypto.randomUUID();
  const seed = createSeed({ newId, language: locale });
  return startDocumentOf(await buildStart(scenario.start, { seed, newId, hasher: createPbkdf2Hasher() }));
}

/**
 * One scenario on its page: its start state in the page's portal (built from the scenario's
 * steps, or the attempt this browser kept), the attempt log fed by the islands, the checks
 * evaluated after every entry and store change, and progress recorded.
 */
export async function openSession({ scenario, portal, attemptSlot, progress, locale, resumable, assessment = false }: Options): Promise<PracticeSession> {
  const kept = resumable ? parseAttempt(attemptSlot?.read() ?? null) : undefined;
  // An assessment never goes on from an attempt that had help: it starts again.
  const saved = kept && assessment && !kept.assessed ? undefined : kept;
  let startDocument = saved ? startDocumentOf(saved.start) : '';
  let start = saved?.start;
  let log: AttemptLog = createAttemptLog(saved?.entries ?? []);
  let hints = saved?.hints ?? 0;
  let view: SessionView = {
    checks: scenario.checks.map((check) => ({ id: check.id, passed: false })),
    done: saved?.done ?? false,
    hints,
    epoch: 0,
    assessed: saved ? saved.assessed && assessment : assessment,
    ...(saved?.handedIn && assessment ? { handedIn: saved.handedIn } : {}),
    kept: attemptSlot ? 'kept' : 'unavailable',
  };
  /** A write of the attempt was refused: every later one is suspect until one succeeds. */
  let attemptRefused = false;
  const listeners = new Set<() => void>();
  const actors = new Map<PracticeMachineId, AnyActorRef>();
  const openers = new Map<PracticeMachineId, (input: Readonly<Record<string, unknown>>) => void>();

  /** The portal's own document could not be saved (its store went on in memory). */
  let portalRefused = false;
  /** What this browser keeps of the work now: the attempt, the progress and the portal's own document. */
  const keptNow = (): SessionView['kept'] => {
    if (!attemptSlot) return 'unavailable';
    return attemptRefused || progress.unsaved || portalRefused ? 'unsaved' : 'kept';
  };
  const publish = (next: SessionView) => {
    view = { ...next, kept: keptNow() };
    for (const listener of [...listeners]) listener();
  };
  const save = () => {
    if (!start) return;
    const { done, assessed, handedIn: result } = view;
    const text = serializeAttempt({ start, entries: log.entries(), hints, done, assessed, ...(result ? { handedIn: result } : {}) }, startDocument);
    // Refused (storage full or blocked): the attempt goes on in this page, and the page says so.
    attemptRefused = attemptSlot ? !attemptSlot.write(text) : false;
    if (keptNow() !== view.kept) publish(view);
  };
  let asked = 0;
  const reevaluate = async () => {
    const ticket = ++asked;
    const [{ state }, { recovery }] = await Promise.all([portal.getSnapshot(), portal.getStatus()]);
    if (ticket !== asked || !start) return;
    portalRefused = recovery === 'unsaved' || recovery === 'unavailable';
    const checks = evaluate(scenario, { start, state, attempt: log.entries() });
    const passedAll = checks.every((check) => check.passed);
    const newlyDone = passedAll && !view.done;
    // An assessed attempt counts once handed in, not when its checks happen to pass.
    if (newlyDone && !view.assessed) progress.change((current) => scenarioDone(current, scenario.id, new Date()));
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

  /** `counted`: a new attempt in progress; false when it replaces one the trainee never touched. */
  const begin = async (assessed: boolean, counted = true) => {
    startDocument = await buildStartDocument(scenario, locale);
    const imported = await portal.importDocument(startDocument);
    if (!imported.ok) throw new Error(`practice: the start state of ${scenario.id} was refused`);
    // The start state as the store holds it: the checks compare the portal now with it.
    start = (await portal.getSnapshot()).state;
    hints = 0;
    const { handedIn: _previous, ...rest } = view;
    view = { ...rest, done: false, assessed };
    watch(createAttemptLog());
    if (counted) progress.change((current) => attemptStarted(current, scenario.id));
    save();
  };

  /** A new attempt on the start state, its islands mounted again (`epoch`). */
  const restart = async (assessed: boolean, counted = true) => {
    await begin(assessed, counted);
    publish({ ...view, hints, done: false, epoch: view.epoch + 1 });
    await reevaluate();
  };

  if (saved) watch(log);
  else await begin(assessment);
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
      if (view.assessed || hints >= scenario.hints.length) return;
      hints += 1;
      progress.change((current) => hintShown(current, scenario.id));
      save();
      publish({ ...view, hints });
    },
    startOver: () => restart(view.assessed),
    async setAssessment(on) {
      if (on === view.assessed) return;
      // Switching on is not an attempt of its own: it replaces an attempt the trainee did nothing
      // in (the store answering a screen's first load is not the trainee's doing).
      if (on) return restart(true, hints > 0 || log.entries().some((entry) => entry.kind !== 'answer'));
      const { handedIn: _result, ...rest } = view;
      publish({ ...rest, assessed: false });
      save();
    },
    handIn() {
      if (!view.assessed || view.handedIn) return;
      const result = view.done ? 'passed' : 'failed';
      progress.change((current) => handedIn(current, scenario.id, result === 'passed', new Date()));
      publish({ ...view, handedIn: result });
      save();
    },
  };
}
