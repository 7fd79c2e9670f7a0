import { expect, type Locator } from '@playwright/test';
import type { SimKey } from '../../../src/i18n/sim';
import { formatList, formatNumber } from '../../../src/i18n/sim/intl';
import { assignmentRuleText } from '../../../src/islands/parts/assignmentRule';
import { inviteUsersMachine } from '../../../src/flows/invite-users/inviteUsersMachine';
import { assignmentRuleShownFor } from '../../../src/machines/session';
import { ACTOR } from '../../support/model/inviteUsersModel';
import { harrySignedIn, signedInAs } from '../../support/model/scenes';
import type { World } from '../../support/model/world';
import { blurOfFocused } from './formUi';
import type { AnswerSetup, EventAction, StateCheck, Ui, UiModel } from './modelPaths';
import { preparedDocument, startFrom } from './preparedStore';
import { escapeRegExp, inviteOne, openSimulator, otherTab } from './uiScenes';

/** Manage users › Invite users (InviteUsers.tsx) as the inviteUsers machine's states and events. */

const labels: Readonly<Record<string, SimKey>> = { email: 'invite.email', name: 'invite.name', preferredLanguage: 'invite.language', country: 'invite.country' };
const rowFields = Object.keys(labels);

interface Row {
  readonly email: string;
  readonly name: string;
  readonly preferredLanguage: string;
  readonly country: string;
  readonly roles: readonly string[];
}

const form = ({ page }: Ui) => page.locator('form#invite');
const summary = (ui: Ui) => form(ui).getByRole('alert');
const row = (ui: Ui, index: number) => form(ui).getByRole('group', { name: ui.t('invite.row', { number: formatNumber(index + 1, ui.locale) }), exact: true });
const roleBox = (ui: Ui, index: number, role: string) => row(ui, index).getByRole('checkbox', { name: ui.t(`role.${role}` as SimKey), exact: true });

function field(ui: Ui, index: number, name: string): Locator {
  const key = labels[name];
  if (!key) throw new Error(`an invite row has no field "${name}"`);
  return row(ui, index).getByLabel(ui.t(key), { exact: true });
}

/** The roles' group is described by the inviter's assignment rule (which roles, and why), then its error if any. */
async function showsRolesError(ui: Ui, index: number, rule: string, key: SimKey | undefined) {
  const group = row(ui, index).getByRole('group', { name: ui.t('invite.roles') });
  await expect(group).toHaveAccessibleDescription(key ? `${rule} ${ui.t(key)}` : rule);
}

/** The rows as the machine has them: values, the roles offered, each error tied to its field. */
const showsForm: StateCheck = async (ui, { context }) => {
  const rows = context.values.rows as readonly Row[];
  const errors = context.errors as Record<string, SimKey | undefined>;
  await expect(ui.page.getByRole('heading', { name: ui.t('invite.heading') })).toBeVisible();
  await expect(row(ui, rows.length)).toHaveCount(0);
  for (const [index, values] of rows.entries()) {
    await expect(row(ui, index)).toBeVisible();
    for (const name of Object.keys(labels)) {
      const path = `rows.${index}.${name}`;
      await expect(field(ui, index, name)).toHaveValue(String(values[name as keyof Row]));
      if (errors[path]) await expect(field(ui, index, name)).toHaveAccessibleDescription(new RegExp(escapeRegExp(ui.t(errors[path]))));
      else await expect(field(ui, index, name)).not.toHaveAttribute('aria-invalid', 'true');
    }
    // Only the roles this inviter may assign are offered.
    await expect(row(ui, index).getByRole('checkbox')).toHaveCount(context.roleOptions.length);
    for (const role of context.roleOptions as readonly string[]) await expect(roleBox(ui, index, role)).toBeChecked({ checked: values.roles.includes(role) });
    await showsRolesError(ui, index, assignmentRuleText(assignmentRuleShownFor(context.session), ui.t, ui.locale) ?? '', errors[`rows.${index}.roles`]);
    const remove = form(ui).getByRole('button', { name: ui.t('invite.removeRow', { number: formatNumber(index + 1, ui.locale) }) });
    await expect(remove).toHaveCount(rows.length > 1 ? 1 : 0);
  }
  const keys = Object.values(errors).filter((key): key is SimKey => key !== undefined);
  if (keys.length === 0) await expect(summary(ui)).toHaveCount(0);
  else for (const key of keys) await expect(summary(ui)).toContainText(ui.t(key));
};

/** A refusal of the store: shown like the form's own errors; focus on the summary when no field is to blame. */
const showsRefusal: StateCheck = async (ui, expected) => {
  await showsForm(ui, expected);
  if (Object.keys(expected.context.errors).join() === 'form') await expect(summary(ui)).toBeFocused();
};

/** signed out, not allowed, or not loaded: a sentence and no form. */
const showsNotice: StateCheck = async (ui, { context }) => {
  await expect(ui.page.getByText(ui.t(context.errors.form ?? 'error.auth.forbidden'))).toBeVisible();
  await expect(form(ui)).toHaveCount(0);
};

/** state value → what the page shows. */
const states: Record<string, StateCheck> = {
  // A call in flight (checked where a path ends there): busy, or already showing the store's answer.
  loading: async (ui) => expect(ui.page.getByRole('status').filter({ hasText: ui.t('sim.busy') }).or(form(ui))).toBeVisible(),
  submitting: async (ui, { context }) => {
    if (context.afterInvite === 'done') {
      await expect(ui.page.locator('form#invite[aria-busy="true"]').or(ui.page.getByRole('button', { name: ui.t('invite.again') })).or(summary(ui))).toBeVisible();
    } else {
      // Invite another user: the rows are sent, then a fresh form (the store's answer, unless it refused).
      await expect(field(ui, 0, 'email')).toHaveValue('');
    }
  },
  signedOut: showsNotice,
  forbidden: showsNotice,
  unavailable: showsNotice,
  'form.editing': showsForm,
  'form.failed': showsRefusal,
  done: async (ui, { context }) => {
    const names = formatList(context.invited.map((user: { email: string }) => user.email), ui.locale);
    await expect(ui.page.getByText(ui.t('invite.done', { names }))).toBeVisible();
    await expect(ui.page.getByRole('button', { name: ui.t('invite.again') })).toBeVisible();
    await expect(form(ui)).toHaveCount(0);
  },
};

const clickSubmit = (name: SimKey, type: string): EventAction => async (ui) => {
  await form(ui).getByRole('button', { name: ui.t(name), exact: true }).click();
  return [{ type: 'form.check' }, { type }];
};

/** event type → what the learner does. */
const events: Record<string, EventAction> = {
  'field.change': async (ui, event, before) => {
    const { row: index, field: name, value } = event as unknown as { row: number; field: string; value: string };
    const rows = (before.context.values.rows as readonly unknown[]).map((_, row) => row);
    const others = rows.flatMap((row) => rowFields.filter((other) => row !== index || other !== name).map((other) => [row, other] as const));
    const left = await blurOfFocused(others.map(([row, other]) => [{ type: 'field.blur', row, field: other }, field(ui, row, other)] as const));
    if (name === 'preferredLanguage' || name === 'country') await field(ui, index, name).selectOption(value);
    else await field(ui, index, name).fill(value);
    return [...left, event];
  },
  'field.blur': async (ui, event) => {
    const { row: index, field: name } = event as unknown as { row: number; field: string };
    await field(ui, index, name).focus();
    await field(ui, index, name).blur();
    return [event];
  },
  'role.toggle': async (ui, event, before) => {
    const { row: index, role } = event as unknown as { row: number; role: string };
    // A role this inviter may not assign is not offered: there is nothing to tick.
    if (!before.context.roleOptions.includes(role)) {
      await expect(roleBox(ui, index, role)).toHaveCount(0);
      return [];
    }
    await roleBox(ui, index, role).click();
    return [event];
  },
  'row.add': async (ui, event) => {
    await form(ui).getByRole('button', { name: ui.t('invite.addRow') }).click();
    return [event];
  },
  'row.remove': async (ui, event) => {
    const { row: index } = event as unknown as { row: number };
    await form(ui).getByRole('button', { name: ui.t('invite.removeRow', { number: formatNumber(index + 1, ui.locale) }) }).click();
    return [event];
  },
  // No button only checks: Invite checks, then invites if the rows are valid (the replay fails
  // if the model's path checks valid rows, which no learner could do).
  'form.check': clickSubmit('invite.submit', 'invite.submit'),
  'invite.submit': clickSubmit('invite.submit', 'invite.submit'),
  'invite.another': clickSubmit('invite.another', 'invite.another'),
  'invite.restart': async (ui, event) => {
    await ui.page.getByRole('button', { name: ui.t('invite.again') }).click();
    return [event];
  },
  'load.retry': async () => {
    throw new Error('Invite users shows no retry control when it could not load (the machine offers load.retry)');
  },
};

/** Manage users › Invite users, in a browser whose store the scene prepared (the model's own scene). */
const opensWith = (scene: (world: World) => Promise<void>): AnswerSetup => ({
  arrange: async (ui) => {
    await startFrom(ui, await preparedDocument(scene), '#/users');
    await ui.page.getByRole('button', { name: ui.t('invite.open') }).click();
    await expect(ui.page.getByRole('heading', { name: ui.t('invite.heading') })).toBeFocused();
  },
  opensPage: true,
});

/** Another tab (same session) invites the first row's address before this page does. */
async function invitedElsewhere(ui: Ui, email: string) {
  const other = await otherTab(ui, '#/users');
  await other.page.getByRole('button', { name: ui.t('invite.open') }).click();
  await inviteOne(other, { email, name: 'Elsewhere', language: 'en', country: 'US', role: 'report-viewer' });
  await other.page.close();
}

const noPage = 'the browser store never rejects a call: it runs in the page, and answers its own failures as a refusal (runner.serial)';

/** store answer → how the real store is made to give it. */
const answers: Record<string, AnswerSetup> = {
  accountAdministrator: opensWith(harrySignedIn),
  agreementAdministrator: opensWith((world) => signedInAs(world, ['agreement-administrator'], ACTOR)),
  signedOut: { vitestOnly: 'Invite users is reached from the signed-in portal only; signing out anywhere replaces the portal with sign-in' },
  reportViewer: { vitestOnly: 'Manage users offers Invite users only to who may invite, so the form never loads for a Report viewer' },
  rejected: { vitestOnly: noPage },
  invited: { arrange: async () => undefined },
  writeFailed: {
    vitestOnly: 'the browser store never refuses a save: when the browser does, practice goes on in memory with a notice (storageBackend), so only a backend that refuses (the memory store of the Vitest model test) answers error.store.writeFailed',
  },
  alreadyInvited: { arrange: (ui, before) => invitedElsewhere(ui, before.context.values.rows[0].email) },
};

export function inviteUsersUi(outcomes: UiModel['outcomes']): UiModel {
  return { machine: inviteUsersMachine, outcomes, start: openSimulator, states, events, answers };
}
