import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { transition, type AnyEventObject, type AnyMachineSnapshot, type AnyStateMachine, type StateValue } from 'xstate';
import type { Locale } from '../../../src/i18n/locales';
import { simTranslations, type SimTranslate } from '../../../src/i18n/sim';
import type { ModelPath } from '../../support/model/paths';
import type { Outcome } from '../../support/model/spec';

/** One browser tab of the simulator, in one language. */
export interface Ui {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly locale: Locale;
  readonly t: SimTranslate;
}

export function uiOf(page: Page, context: BrowserContext, locale: Locale): Ui {
  return { page, context, locale, t: simTranslations(locale) };
}

/** What the page must show while the machine is in a state (`expected`: the machine's snapshot then). */
export type StateCheck = (ui: Ui, expected: AnyMachineSnapshot) => Promise<void>;

/**
 * A learner's event done with the mouse and keyboard; answers the events the view sends for it
 * (a click on a submit button sends `form.check`, then the submit event), so the replay can
 * follow the machine exactly as the page drives it.
 */
export type EventAction = (ui: Ui, event: AnyEventObject, before: AnyMachineSnapshot) => Promise<readonly AnyEventObject[]>;

/**
 * How the real store is made to give one of the model's answers, set up before the step that
 * makes the call (or, for a machine that starts with a call, by opening its screen); or why
 * no page can make it answer that way, so that only the Vitest model test replays it.
 */
export type AnswerSetup = Arrangement | VitestOnly;

export interface Arrangement {
  readonly arrange: (ui: Ui, before: AnyMachineSnapshot) => Promise<void>;
  /**
   * The arrangement opens the page itself, on a store it prepared (`startFrom`): a path that
   * begins with this answer skips the UI's `start` (a fresh simulator loaded only to be replaced).
   */
  readonly opensPage?: true;
}

/** Why no page can do this (a store answer it cannot cause, a learner's event it offers no control for). */
export interface VitestOnly {
  readonly vitestOnly: string;
}

/** What the learner does for an event, or why no page offers a way to send it. */
export type EventMapping = EventAction | VitestOnly;

/** A machine's UI: `state value → what it shows`, `event type → what the learner does`, `answer → how`. */
export interface UiModel {
  readonly machine: AnyStateMachine;
  /** Which played event of a path stands for which store answer (the walker's). */
  readonly outcomes: WeakMap<object, Outcome>;
  readonly start: (ui: Ui) => Promise<void>;
  readonly states: Readonly<Record<string, StateCheck>>;
  readonly events: Readonly<Record<string, EventMapping>>;
  readonly answers: Readonly<Record<string, AnswerSetup>>;
}

/** `form.failed`, `dead.expired`, `dashboard`: the key of the state tables. */
/** The first path to each state a replay can end in: where a scan of the screen is worth it. */
export function firstPathPerEndState<P extends ModelPath>(paths: readonly P[]): Set<P> {
  const first = new Map<string, P>();
  for (const path of paths) {
    const key = stateKey(path.states.at(-1)?.value ?? '');
    if (!first.has(key)) first.set(key, path);
  }
  return new Set(first.values());
}

/**
 * The paths worth a browser test each: a path that another one starts with is folded into it,
 * since the longer path replays the same events and checks the page after each of them (about
 * 4 s of browser time saved per path). A prefix stays when its last state is busy (a busy state
 * is checked only where a path ends), and the first prefix to end in a state that no other path
 * ends in stays too (axe scans once per end state: `firstPathPerEndState`).
 * @example withoutCoveredPrefixes([a, ab, abc]) // [abc]: a and ab are checked on the way to abc
 */
export function withoutCoveredPrefixes<P extends ModelPath>(paths: readonly P[]): P[] {
  const steps = paths.map((path) => path.events.map((event) => JSON.stringify(event)));
  const startsAnother = (index: number) => {
    const own = steps[index] ?? [];
    return steps.some((other, at) => at !== index && other.length > own.length && own.every((step, i) => other[i] === step));
  };
  const endKey = (path: P) => stateKey(path.states.at(-1)?.value ?? '');
  const folded = new Set(paths.filter((path, index) => startsAnother(index) && !(path.states.at(-1) as AnyMachineSnapshot).hasTag('busy')));
  const endsCovered = new Set(paths.filter((path) => !folded.has(path)).map(endKey));
  return paths.filter((path) => {
    if (!folded.has(path)) return true;
    if (endsCovered.has(endKey(path))) return false;
    endsCovered.add(endKey(path));
    return true;
  });
}

export function stateKey(value: StateValue): string {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([parent, child]) => (child === undefined ? parent : `${parent}.${stateKey(child)}`))
    .join(' ');
}

function mapped<T>(table: Readonly<Record<string, T>>, key: string, what: string): T {
  const entry = table[key];
  if (entry === undefined) throw new Error(`no UI mapping for ${what} "${key}": add it to the table`);
  return entry;
}

function answerOf(model: UiModel, event: AnyEventObject | undefined): { name: string; setup: AnswerSetup } | undefined {
  const outcome = event && model.outcomes.get(event);
  return outcome && { name: outcome.name, setup: mapped(model.answers, outcome.name, 'store answer') };
}

/** Why a path cannot be replayed in a page (a store answer no page can cause, an event no page sends), or null. */
export function vitestOnlyReason(model: UiModel, path: ModelPath): string | null {
  for (const event of path.events) {
    const answer = answerOf(model, event);
    if (answer && 'vitestOnly' in answer.setup) return `[${answer.name}]: ${answer.setup.vitestOnly}`;
    const action = answer ? undefined : mapped(model.events, event.type, 'event');
    if (action && 'vitestOnly' in action) return `${event.type}: ${action.vitestOnly}`;
  }
  return null;
}

/** The learner's action for `event` (a path with an event no page sends is never replayed). */
function actionOf(model: UiModel, event: AnyEventObject): EventAction {
  const action = mapped(model.events, event.type, 'event');
  if ('vitestOnly' in action) throw new Error(`${event.type} cannot be sent from a page: ${action.vitestOnly}`);
  return action;
}

/** The test's title: the state the path ends in, then its events. */
export function pathTitle(path: ModelPath): string {
  const last = path.states.at(-1) as AnyMachineSnapshot;
  return `${stateKey(last.value)} ⇐ ${path.description}`;
}

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Replays a model path in the page: the store is prepared for each answer the path expects,
 * each learner's event is done by a real UI action, and after each step the page must show what
 * the machine's state means. The machine is followed with the events the view really sends
 * (`transition()`), and must stay in the state value the model's path says.
 * A busy state (a call in flight) lasts milliseconds: it is checked where a path ends there,
 * elsewhere through the state its answer leads to. With `axe`, ends with axe: no violations
 * (the spec files ask it once per end state: the same screen needs no second scan).
 */
export async function replayPath(model: UiModel, ui: Ui, path: ModelPath, { axe = true } = {}): Promise<void> {
  const arrange = async (index: number, before: AnyMachineSnapshot) => {
    const answer = answerOf(model, path.events[index]);
    if (!answer) return;
    if ('vitestOnly' in answer.setup) throw new Error(`[${answer.name}] cannot be caused in a page: ${answer.setup.vitestOnly}`);
    await answer.setup.arrange(ui, before);
  };
  const first = answerOf(model, path.events[0])?.setup;
  if (!(first && 'opensPage' in first)) await model.start(ui);
  let expected = path.states[0] as AnyMachineSnapshot;
  // A machine that starts with a call: its screen opens here, with the store set up for the answer.
  await arrange(0, expected);
  for (const [index, event] of path.events.entries()) {
    const label = answerOf(model, event)?.name ?? event.type;
    await test.step(`${index + 1}. ${label}`, async () => {
      let sent: readonly AnyEventObject[] = [event];
      if (!model.outcomes.has(event)) {
        await arrange(index + 1, expected);
        sent = await actionOf(model, event)(ui, event, expected);
      }
      for (const each of sent) expected = transition(model.machine, expected, each)[0] as AnyMachineSnapshot;
      const modelled = path.states[index + 1] as AnyMachineSnapshot;
      const key = stateKey(expected.value);
      if (key !== stateKey(modelled.value)) throw new Error(`the page's events lead to "${key}", the model's path to "${stateKey(modelled.value)}"`);
      const check = mapped(model.states, key, 'state');
      if (!expected.hasTag('busy') || index === path.events.length - 1) await check(ui, expected);
    });
  }
  if (axe) expect(await axeViolations(ui.page)).toEqual([]);
}
