import { test } from '@playwright/test';
import type { AnyStateMachine } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { inviteUsersMachine } from '../../src/machines/inviteUsersMachine';
import { inviteUsersModel } from '../support/model/inviteUsersModel';
import { coveringPaths, createWalker, journeyPath, walkOptions } from '../support/model/paths';
import { inviteUsersUi } from './support/inviteUsersUi';
import { firstPathPerEndState, pathTitle, replayPath, uiOf, vitestOnlyReason } from './support/modelPaths';

/**
 * Model-based e2e of Invite users: the shortest paths of inviteUsersMachine (the same events
 * and store answers as test/model/inviteUsers.model.test.ts, and its journeys) replayed
 * through Manage users › Invite users, signed in as Harry (or as an Agreement administrator).
 * Paths that need an answer no page can cause (signed out or a Report viewer inside the form,
 * a call rejected) are replayed by the Vitest model test only: see `answers` in
 * support/inviteUsersUi.ts for why.
 */
const walker = createWalker(inviteUsersModel);
const machine: AnyStateMachine = inviteUsersMachine;
const shortest = getShortestPaths(machine, walkOptions(inviteUsersModel, walker));
const paths = [...coveringPaths(inviteUsersModel, walker, shortest), ...(inviteUsersModel.journeys ?? []).map((journey) => journeyPath(inviteUsersModel, walker, journey))];
const ui = inviteUsersUi(walker.outcomes);

test.describe.configure({ timeout: 120_000 });

const replayed = paths.filter((each) => vitestOnlyReason(ui, each) === null);
const scanned = firstPathPerEndState(replayed);
for (const path of replayed) {
  test(`en: ${pathTitle(path)}`, async ({ page, context }) => {
    await replayPath(ui, uiOf(page, context, 'en'), path, { axe: scanned.has(path) });
  });
}
