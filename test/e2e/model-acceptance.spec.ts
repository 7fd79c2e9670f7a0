import { test } from '@playwright/test';
import type { AnyStateMachine } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { invitationMachine } from '../../src/machines/invitationMachine';
import { invitationModel } from '../support/model/invitationModel';
import { coveringPaths, createWalker, journeyPath, walkOptions } from '../support/model/paths';
import { acceptanceUi } from './support/acceptanceUi';
import { pathTitle, replayPath, stateKey, uiOf, vitestOnlyReason } from './support/modelPaths';

/**
 * Model-based e2e of the invitation link: the shortest paths of invitationMachine (the same
 * events and store answers as test/model/invitation.model.test.ts, and its journeys) replayed
 * through the accept page. Paths that need an answer no page can cause (a call rejected, a
 * withdrawn colleague) are replayed by the Vitest model test only: see `answers` in
 * support/acceptanceUi.ts for why.
 */
const walker = createWalker(invitationModel);
const machine: AnyStateMachine = invitationMachine;
const shortest = getShortestPaths(machine, walkOptions(invitationModel, walker));
const paths = [...coveringPaths(invitationModel, walker, shortest), ...(invitationModel.journeys ?? []).map((journey) => journeyPath(invitationModel, walker, journey))];
const ui = acceptanceUi(walker.outcomes);
const replayed = paths.filter((path) => vitestOnlyReason(ui, path) === null);

test.describe.configure({ timeout: 120_000 });

for (const path of replayed) {
  test(`en: ${pathTitle(path)}`, async ({ page, context }) => {
    await replayPath(ui, uiOf(page, context, 'en'), path);
  });
}

// In Traditional Chinese and Japanese: the first path to each state the page can end in.
const byEndState = new Map(replayed.map((path) => [stateKey(path.states.at(-1)?.value ?? ''), path] as const).reverse());
for (const locale of ['zh-tw', 'ja'] as const) {
  for (const path of byEndState.values()) {
    test(`${locale}: ${pathTitle(path)}`, async ({ page, context }) => {
      await replayPath(ui, uiOf(page, context, locale), path);
    });
  }
}
