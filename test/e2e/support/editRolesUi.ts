import { expect, type Locator } from '@playwright/test';
import { roleIds, type RoleId } from '../../../src/domain/roles';
import type { SimKey } from '../../../src/i18n/sim';
import { assignmentRuleText } from '../../../src/islands/parts/assignmentRule';
import { editRolesMachine } from '../../../src/flows/manage-users/editRolesMachine';
import { assignmentRuleShownFor } from '../../../src/machines/session';
import { harryEditsHimself, harryEditsMina, userAdministratorEditsHarry } from '../../support/model/editRolesModel';
import { must } from '../../support/model/scenes';
import type { World } from '../../support/model/world';
import type { AnswerSetup, EventMapping, StateCheck, Ui, UiModel } from './modelPaths';
import { noPage } from './noPage';
import { preparedWorld, startFrom } from './preparedStore';
import { openSimulator, withAnyName } from './uiScenes';

/** Manage users › a user's roles editor (ManageUsers.tsx's EditRoles, screens/EditRolesScreen.tsx) as the roles machine's states and events. */

const editor = ({ page }: Ui) => page.locator('form#roles');
const heading = (ui: Ui) => editor(ui).getByRole('heading', { name: withAnyName(ui.t, 'roles.legend') });
const summary = (ui: Ui) => editor(ui).getByRole('alert');
const box = (ui: Ui, role: string): Locator => editor(ui).getByRole('checkbox', { name: ui.t(`role.${role as RoleId}`), exact: true });
/** Why the editor cannot be used: the warning in its place. */
const warning = (ui: Ui, key: SimKey) => ui.page.getByText(ui.t(key), { exact: true });

/**
 * The editor as the machine has it: each role's box ticked and locked as the machine answers, a
 * locked box described by the editor's assignment rule (why it is locked), the errors.
 */
const showsForm: StateCheck = async (ui, expected) => {
  const { values, errors, session } = expected.context;
  const reason = assignmentRuleText(assignmentRuleShownFor(session), ui.t, ui.locale) ?? '';
  await expect(heading(ui)).toBeVisible();
  for (const role of roleIds) {
    const enabled = expected.can({ type: 'role.toggle', role });
    await expect(box(ui, role)).toBeChecked({ checked: values.roles.includes(role) });
    await expect(box(ui, role)).toBeEnabled({ enabled });
    if (enabled) await expect(box(ui, role)).not.toHaveAttribute('aria-describedby');
    else await expect(box(ui, role)).toHaveAccessibleDescription(reason);
  }
  if (Object.keys(errors).length === 0) await expect(summary(ui)).toHaveCount(0);
  else for (const key of Object.values(errors)) await expect(summary(ui)).toContainText(ui.t(key as SimKey));
  await expect(editor(ui).getByText(ui.t('roles.saved'))).toHaveCount(expected.hasTag('done') ? 1 : 0);
};

/** A call in flight lasts milliseconds: busy, or already showing the answer. */
const showsCall: StateCheck = async (ui) => {
  await expect(ui.page.getByRole('status').filter({ hasText: ui.t('sim.busy') }).or(heading(ui))).toBeVisible();
};

/** state value → what the page shows. */
const states: Record<string, StateCheck> = {
  loading: showsCall,
  'form.editing': showsForm,
  'form.failed': showsForm,
  'form.saved': showsForm,
  saving: async (ui) => {
    await expect(ui.page.locator('form#roles[aria-busy="true"]').or(heading(ui))).toBeVisible();
  },
  forbidden: async (ui) => {
    await expect(warning(ui, 'error.auth.forbidden')).toBeVisible();
    await expect(editor(ui)).toHaveCount(0);
  },
  missing: async (ui) => {
    await expect(warning(ui, 'error.user.unknown')).toBeVisible();
    await expect(editor(ui)).toHaveCount(0);
  },
};

/** event type → what the learner does. */
const events: Record<string, EventMapping> = {
  // A role the editor may not give or take is a disabled box: the learner finds it locked, nothing is sent.
  'role.toggle': async (ui, event, before) => {
    const { role } = event as unknown as { role: string };
    if (!before.can(event)) {
      await expect(box(ui, role)).toBeDisabled();
      return [];
    }
    await box(ui, role).click();
    return [event];
  },
  'form.reset': { vitestOnly: 'the roles editor has no Reset button: Close, then Edit roles again, loads the saved roles in a new editor' },
  // Save roles sends only the submit: the machine's guard decides.
  'form.submit': async (ui, event) => {
    await editor(ui).getByRole('button', { name: ui.t('roles.save') }).click();
    return [event];
  },
  'load.retry': { vitestOnly: 'the editor shows no Retry: the browser store never fails to load' },
};

/** Manage users in a browser whose store the scene prepared, then Edit roles of the user the scene noted (or of `email`). */
const editsWith = (scene: (world: World) => Promise<void>, email?: string): AnswerSetup => ({
  arrange: async (ui) => {
    const { document, world } = await preparedWorld(scene);
    const users = must(await world.store.listUsers()).users;
    const user = users.find((known) => (email ? known.email === email : known.id === world.notes.get('userId')));
    if (!user) throw new Error('the scene made no such user');
    await startFrom(ui, document, '#/users');
    // The row by its address: the scenes give everyone who registers the same name.
    const row = ui.page.getByRole('row').filter({ hasText: user.email });
    await row.getByRole('button', { name: ui.t('users.edit', { name: user.name }) }).click();
  },
  opensPage: true,
});

const asIs: AnswerSetup = { arrange: async () => undefined };

/** store answer → how the real store is made to give it. */
const answers: Record<string, AnswerSetup> = {
  signedOut: { vitestOnly: 'Manage users is part of the signed-in portal: signing out anywhere replaces it with sign-in, and the editor with it' },
  reportViewer: {
    vitestOnly: 'Edit roles is offered only to who may manage users: a Report viewer sees no Manage users, and an Agreement administrator sees the list without Edit roles',
  },
  noSuchUser: { vitestOnly: 'the list follows the store (other tabs too): no row offers Edit roles for a user who is not there' },
  harryEditsMina: editsWith(harryEditsMina),
  harryEditsHimself: editsWith(harryEditsHimself),
  userAdministratorEditsHarry: editsWith(userAdministratorEditsHarry),
  saved: asIs,
  // Harry is the only active Account administrator in every prepared store.
  lastAccountAdministrator: asIs,
  removedMeanwhile: { vitestOnly: 'the list follows the store (other tabs too): the editor of a user removed elsewhere closes with the row, so no Save reaches the store' },
  writeFailed: noPage.writeFailed,
  rejected: noPage.rejected,
};

export function editRolesUi(outcomes: UiModel['outcomes']): UiModel {
  return { machine: editRolesMachine, outcomes, start: openSimulator, states, events, answers };
}
