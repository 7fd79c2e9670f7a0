import { expect, type Locator } from '@playwright/test';
import type { ActionUser, UserActionOutcome } from '../../../src/flows/manage-users/userActionsMachine';
import { userActionsMachine } from '../../../src/flows/manage-users/userActionsMachine';
import { harryAndMina, rows } from '../../support/model/userActionsModel';
import type { AnswerSetup, EventMapping, StateCheck, Ui, UiModel } from './modelPaths';
import { noPage } from './noPage';
import { preparedDocument, startFrom } from './preparedStore';

/** Manage users' row actions (ManageUsers.tsx's useUserActions, screens/UserRowActions.tsx) as the row actions machine's states and events. */

const heading = ({ page, t }: Ui) => page.getByRole('heading', { name: t('users.heading') });
const nameOf = (userId: string) => rows.find((user) => user.id === userId)?.name ?? userId;
const resendButton = ({ page, t }: Ui, user: ActionUser) => page.getByRole('button', { name: t('users.resendFor', { name: user.name }) });
const removeButton = ({ page, t }: Ui, name: string) => page.getByRole('button', { name: t('users.removeFor', { name }) });
const question = ({ page, t }: Ui, name: string): Locator => page.getByRole('group', { name: t('users.removeQuestion', { name }) });
/** The announced line above the list. */
const announced = ({ page }: Ui) => page.locator('#users-outcome');

/** What the last action came to, as the announced line says it (and where focus went). */
async function showsOutcome(ui: Ui, outcome: UserActionOutcome | null): Promise<void> {
  if (outcome === null) return expect(announced(ui)).toBeEmpty();
  if (outcome.kind === 'resent') return expect(announced(ui)).toContainText(ui.t('users.resent', { email: outcome.email }));
  if (outcome.kind === 'removed') {
    await expect(announced(ui)).toContainText(ui.t('users.removed', { name: outcome.name }));
    await expect(ui.page.getByRole('row', { name: new RegExp(`^${outcome.name}`) })).toHaveCount(0);
    return expect(heading(ui)).toBeFocused();
  }
  await expect(announced(ui)).toContainText(ui.t(outcome.error));
  // A refused Remove: focus is back on the row's Remove, which points at the reason.
  if (outcome.action === 'remove') {
    const button = removeButton(ui, nameOf(outcome.userId));
    await expect(button).toBeFocused();
    await expect(button).toHaveAccessibleDescription(ui.t(outcome.error));
  }
}

/** A call in flight lasts milliseconds: the list stays. */
const showsCall: StateCheck = async (ui) => {
  await expect(heading(ui)).toBeVisible();
};

/** state value → what the page shows. */
const states: Record<string, StateCheck> = {
  idle: async (ui, { context }) => {
    await expect(heading(ui)).toBeVisible();
    await expect(ui.page.getByRole('group', { name: /./ })).toHaveCount(0);
    await showsOutcome(ui, context.outcome);
  },
  // The row asks "Remove …?" in place of its actions, and its Remove takes focus.
  confirming: async (ui, { context }) => {
    const asked = question(ui, context.subject.name);
    await expect(asked).toBeVisible();
    await expect(asked.getByRole('button', { name: ui.t('users.removeConfirm'), exact: true })).toBeFocused();
    await expect(removeButton(ui, context.subject.name)).toHaveCount(0);
  },
  resending: showsCall,
  removing: showsCall,
};

/** event type → what the learner does. */
const events: Record<string, EventMapping> = {
  // The view tells the machine the session whenever the store answers it (first on opening the list).
  'session.changed': async (_ui, event) => [event],
  // Resend is offered only where the machine can resend: an active user's row has none.
  'invitation.resend': async (ui, event, before) => {
    const { user } = event as unknown as { user: ActionUser };
    if (!before.can(event)) {
      await expect(resendButton(ui, user)).toHaveCount(0);
      return [];
    }
    await resendButton(ui, user).click();
    return [event];
  },
  'remove.ask': async (ui, event) => {
    await removeButton(ui, (event as unknown as { user: ActionUser }).user.name).click();
    return [event];
  },
  'remove.confirm': async (ui, event, before) => {
    await question(ui, before.context.subject.name).getByRole('button', { name: ui.t('users.removeConfirm'), exact: true }).click();
    return [event];
  },
  'remove.cancel': async (ui, event, before) => {
    await question(ui, before.context.subject.name).getByRole('button', { name: ui.t('users.removeCancel') }).click();
    // Focus goes back to the row's Remove.
    await expect(removeButton(ui, before.context.subject.name)).toBeFocused();
    return [event];
  },
};

const asIs: AnswerSetup = { arrange: async () => undefined };
const listFollows = 'the list follows the store at once (other tabs too): no row offers an action on a user who was removed';

/** store answer → how the real store is made to give it. */
const answers: Record<string, AnswerSetup> = {
  resent: asIs,
  removed: asIs,
  // Harry is the only Account administrator of the prepared store.
  lastAccountAdministrator: asIs,
  removedMeanwhile: { vitestOnly: listFollows },
  unknown: { vitestOnly: listFollows },
  writeFailed: noPage.writeFailed,
  rejected: noPage.rejected,
};

/** Harry signed in on Manage users, Mina invited (a prepared store, not the story replayed). */
async function start(ui: Ui): Promise<void> {
  await startFrom(ui, await preparedDocument(harryAndMina), '#/users');
  await expect(heading(ui)).toBeVisible();
}

export function userActionsUi(outcomes: UiModel['outcomes']): UiModel {
  return { machine: userActionsMachine, outcomes, start, states, events, answers };
}
