import { test } from '@playwright/test';
import type { AnyStateMachine } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { invitationMachine } from '../../src/machines/invitationMachine';
import { invitationModel } from '../support/model/invitationModel';
import { coveringPaths, createWalker, journeyPath, walkOptions } from '../support/model/paths';
import { acceptanceUi } from './support/acceptanceUi';
import { firstPathPerEndState, pathTitle, replayPath, uiOf, vitestOnlyReason } from './support/modelPaths';

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

// The accept page's texts in Traditional Chinese and Japanese are walked by the per-locale
// story (simulator.spec.ts) and the form errors (simulator-errors.spec.ts); the paths run in English.
const scanned = firstPathPerEndState(replayed);
for (const path of replayed) {
  test(`en: ${pathTitle(path)}`, async ({ page, context }) => {
    await replayPath(ui, uiOf(page, context, 'en'), path, { axe: scanned.has(path) });
  });
}
