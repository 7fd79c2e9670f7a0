import { test } from '@playwright/test';
import type { AnyMachineSnapshot, AnyStateMachine, AnyTransitionDefinition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { Locale } from '../../../src/i18n/locales';
import { Coverage } from '../../model/harness/coverage';
import { coveringPaths, createWalker, journeyPath, walkOptions, type ModelPath } from '../../support/model/paths';
import type { ModelDefinition } from '../../support/model/spec';
import { firstPathPerEndState, pathTitle, replayPath, uiOf, vitestOnlyReason, withoutCoveredPrefixes, type UiModel } from './modelPaths';

/** What the replayed paths go through, worked out from the paths themselves (no actor runs). */
function coverageOf(name: string, machine: AnyStateMachine, paths: readonly ModelPath[]): Coverage {
  const coverage = new Coverage(name, machine);
  for (const path of paths) {
    path.states.forEach((state) => coverage.record(state));
    path.events.forEach((event, index) => {
      const taken = machine.getTransitionData(path.states[index] as AnyMachineSnapshot, event) as AnyTransitionDefinition[];
      taken.forEach((transition) => coverage.transitions.add(transition));
    });
  }
  return coverage;
}

/** Why the paths left to the Vitest model test are left there, and how many each reason leaves. */
function leftOut(ui: UiModel, paths: readonly ModelPath[]): Map<string, number> {
  const reasons = new Map<string, number>();
  for (const path of paths) {
    const reason = vitestOnlyReason(ui, path);
    if (reason !== null) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  return reasons;
}

/**
 * Model-based e2e of one machine: the covering shortest paths of its model (the same events and
 * store answers as its Vitest model test, and its journeys) replayed through the simulator's UI
 * in `locale`, axe once per end state; a path another one starts with is checked on the way along
 * that one (`withoutCoveredPrefixes`). Paths that need a store answer no page can cause are left
 * to the Vitest model test (the UI table's `vitestOnly` says why). A last test prints what the
 * replayed paths cover of the machine (states and transitions) and how many were left out.
 */
export function describeUiReplay<M extends AnyStateMachine>(model: ModelDefinition<M>, uiOfOutcomes: (outcomes: UiModel['outcomes']) => UiModel, locale: Locale = 'en'): void {
  const walker = createWalker(model);
  // The harness walks any machine; the model stays typed for its author.
  const machine: AnyStateMachine = model.machine;
  const shortest = getShortestPaths(machine, walkOptions(model, walker));
  const paths = [...coveringPaths(model, walker, shortest), ...(model.journeys ?? []).map((journey) => journeyPath(model, walker, journey))];
  const ui = uiOfOutcomes(walker.outcomes);
  const inPage = paths.filter((path) => vitestOnlyReason(ui, path) === null);
  const replayed = withoutCoveredPrefixes(inPage);
  const scanned = firstPathPerEndState(replayed);

  test.describe(`${model.name} machine through the UI`, () => {
    test.describe.configure({ timeout: 120_000 });
    for (const path of replayed) {
      test(`${locale}: ${pathTitle(path)}`, async ({ page, context }) => {
        await replayPath(ui, uiOf(page, context, locale), path, { axe: scanned.has(path) });
      });
    }
    test('coverage of the replayed paths', () => {
      const coverage = coverageOf(model.name, machine, replayed);
      console.log(`ui replay ${coverage.summary()}; ${replayed.length} of ${paths.length} paths in the page (${inPage.length - replayed.length} more checked on the way along a longer one), ${paths.length - inPage.length} left to the Vitest model test`);
      for (const [reason, count] of leftOut(ui, paths)) console.log(`  ${count} × ${reason}`);
      test.expect(replayed.length).toBeGreaterThan(0);
    });
  });
}
