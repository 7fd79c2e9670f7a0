import { expect, type Locator } from '@playwright/test';
import type { AnyMachineSnapshot } from 'xstate';
import type { SimKey } from '../../../src/i18n/sim';
import { invitationMachine } from '../../../src/flows/accept-invitation/invitationMachine';
import { MINA, replace, use, useHarrysLink, useMinasLink } from '../../support/model/invitationModel';
import { HARRY } from '../../support/model/scenes';
import type { World } from '../../support/model/world';
import { blurOfFocused } from './formUi';
import type { AnswerSetup, EventAction, StateCheck, Ui, UiModel } from './modelPaths';
import { preparedDocument, startFrom } from './preparedStore';
import { advanceClock, createAccount, escapeRegExp, openMailLink, openSimulator, otherTab, requestResend } from './uiScenes';

/** The accept page (AcceptInvitation.tsx) as the invitation machine's states and events. */

const labels: Readonly<Record<string, SimKey>> = {
  name: 'accept.name',
  password: 'accept.password',
  confirmPassword: 'accept.confirmPassword',
  country: 'accept.country',
};

function control({ page, t }: Ui, field: string): Locator {
  const key = labels[field];
  if (!key) throw new Error(`the accept page has no field "${field}"`);
  return page.getByLabel(t(key), { exact: true });
}

const heading = ({ page, t }: Ui) => page.getByRole('heading', { name: t('accept.heading') });
const deadHeading = ({ page, t }: Ui) => page.getByRole('heading', { name: t('accept.deadHeading') });
const summary = ({ page }: Ui) => page.locator('form#accept').getByRole('alert');

/** The form as the machine has it: values, each error tied to its field, the summary. */
const showsForm: StateCheck = async (ui, { context }) => {
  const { t } = ui;
  await expect(heading(ui)).toBeVisible();
  await expect(ui.page.getByLabel(t('accept.email'))).toHaveValue(context.invitation.email);
  for (const field of Object.keys(labels)) await expect(control(ui, field)).toHaveValue(context.values[field]);
  // Nothing to tick: choosing Start accepts the terms, as the sentence beside it says.
  await expect(ui.page.locator('form#accept').getByRole('checkbox')).toHaveCount(0);
  for (const field of Object.keys(labels)) {
    const key = context.errors[field];
    if (key) {
      await expect(control(ui, field)).toHaveAttribute('aria-invalid', 'true');
      await expect(control(ui, field)).toHaveAccessibleDescription(new RegExp(escapeRegExp(t(key))));
    } else await expect(control(ui, field)).not.toHaveAttribute('aria-invalid', 'true');
  }
  if (Object.keys(context.errors).length === 0) await expect(summary(ui)).toHaveCount(0);
  else for (const key of Object.values(context.errors)) await expect(summary(ui)).toContainText(t(key as SimKey));
};

/** A refusal of the store: its sentence in the summary, which gets focus when no field is to blame. */
const showsRefusal: StateCheck = async (ui, expected) => {
  await showsForm(ui, expected);
  await expect(summary(ui)).toContainText(ui.t(expected.context.errors.form));
  if (Object.keys(expected.context.errors).length === 1) await expect(summary(ui)).toBeFocused();
};

/**
 * A dead link: why, and no form. Its heading takes focus once the learner acted (opened the
 * mail's link, or pressed Start and the link died meanwhile); never on page load.
 */
const showsDeadLink: StateCheck = async (ui, { context }) => {
  // The unknown link is typed into the address bar (answers.unknown): nothing was done in the page.
  const typedAddress = ui.page.url().endsWith('/accept/no-such-link');
  await expect(deadHeading(ui)).toBeVisible();
  if (!typedAddress) await expect(deadHeading(ui)).toBeFocused();
  await expect(ui.page.getByText(ui.t(context.errors.form))).toBeVisible();
  await expect(ui.page.getByRole('button', { name: ui.t('accept.submit') })).toHaveCount(0);
  await expect(ui.page.getByRole('button', { name: ui.t('accept.retry') })).toHaveCount(0);
};

/** A call in flight (checked where a path ends there): busy, or already showing the store's answer. */
const showsCall = (screen: (ui: Ui) => Locator): StateCheck => async (ui) => {
  await expect(screen(ui).or(deadHeading(ui)).or(ui.page.getByRole('heading', { name: ui.t('dashboard.heading') })).or(summary(ui))).toBeVisible();
};

/** state value → what the page shows. */
const states: Record<string, StateCheck> = {
  opening: showsCall((ui) => ui.page.getByRole('status').filter({ hasText: ui.t('sim.busy') }).or(heading(ui))),
  'form.editing': showsForm,
  'form.failed': showsRefusal,
  creating: showsCall(({ page }) => page.locator('form#accept[aria-busy="true"]')),
  dashboard: async (ui, { context }) => {
    await expect(ui.page.getByRole('heading', { name: ui.t('dashboard.heading') })).toBeFocused();
    await expect(ui.page.getByText(ui.t('dashboard.welcome', { name: context.values.name }))).toBeVisible();
  },
  'dead.expired': showsDeadLink,
  'dead.used': showsDeadLink,
  'dead.replaced': showsDeadLink,
  'dead.unknown': showsDeadLink,
  unavailable: async (ui, { context }) => {
    await expect(deadHeading(ui)).toBeVisible();
    await expect(ui.page.getByText(ui.t(context.errors.form))).toBeVisible();
    await expect(ui.page.getByRole('button', { name: ui.t('accept.retry') })).toBeVisible();
  },
};

/** Start: the view sends `form.check`, then `form.submit` (the machine's guard decides). */
const clickStart: EventAction = async (ui) => {
  await ui.page.getByRole('button', { name: ui.t('accept.submit') }).click();
  return [{ type: 'form.check' }, { type: 'form.submit' }];
};

/** event type → what the learner does. */
const events: Record<string, EventAction> = {
  'field.change': async (ui, event) => {
    const { field, value } = event as unknown as { field: string; value: unknown };
    const others = Object.keys(labels).filter((other) => other !== field);
    const left = await blurOfFocused(others.map((other) => [{ type: 'field.blur', field: other }, control(ui, other)] as const));
    if (field === 'country') await control(ui, field).selectOption(String(value));
    else await control(ui, field).fill(String(value));
    return [...left, event];
  },
  'field.blur': async (ui, event) => {
    const { field } = event as unknown as { field: string };
    await control(ui, field).focus();
    await control(ui, field).blur();
    return [event];
  },
  // No button only checks: Start checks, then submits if the form is complete (the replay
  // fails if the model's path checks a complete form, which no learner could do).
  'form.check': clickStart,
  'form.submit': clickStart,
  'link.retry': async (ui, event) => {
    await ui.page.getByRole('button', { name: ui.t('accept.retry') }).click();
    return [event];
  },
};

const opening = (before: AnyMachineSnapshot) => before.matches('opening');
const invitedAddress = (before: AnyMachineSnapshot): string => before.context.invitation?.email ?? HARRY;

/**
 * A link opened in a browser whose store the model's own arrangement prepared (Mina invited by
 * Harry; Harry's link used or replaced): the invitation's newest mail, or the one `nth` before.
 */
const opensLinkAfter = (scene: (world: World) => Promise<void>, address: string, nth = 0) => async (ui: Ui) => {
  await startFrom(ui, await preparedDocument(scene), '');
  await openMailLink(ui, address, nth);
};

/** Another tab creates the account from the link this page shows (Harry's). */
async function usedElsewhere(ui: Ui) {
  const other = await otherTab(ui, new URL(ui.page.url()).hash);
  await expect(heading(other)).toBeVisible();
  await createAccount(other);
  await other.page.close();
}

/** store answer → how the real store is made to give it. */
const answers: Record<string, AnswerSetup> = {
  harrysLink: { arrange: (ui) => openMailLink(ui, HARRY) },
  minasLink: { arrange: opensLinkAfter(useMinasLink, MINA), opensPage: true },
  expired: {
    // Day 60 passes (the clock control, in this page) before the link is opened, or while its form is open.
    arrange: async (ui, before) => {
      await advanceClock(ui, 60);
      if (opening(before)) await openMailLink(ui, HARRY);
    },
  },
  used: {
    arrange: async (ui, before) => (opening(before) ? opensLinkAfter(async (world) => (await useHarrysLink(world), use(world)), HARRY)(ui) : usedElsewhere(ui)),
    // Only a path that starts with it opens its page: the link is then opened on the prepared store.
    opensPage: true,
  },
  replaced: {
    // Harry asks for his invitation again: a new email replaces the one whose link is (or will be) open.
    opensPage: true,
    arrange: async (ui, before) => {
      if (invitedAddress(before) !== HARRY) throw new Error('no page resends a colleague’s invitation');
      if (opening(before)) return opensLinkAfter(async (world) => (await useHarrysLink(world), replace(world)), HARRY, 1)(ui);
      const other = await otherTab(ui, '#/');
      await requestResend(other);
      await other.page.close();
    },
  },
  unknown: { arrange: ({ page, locale }) => page.goto(`/${locale}/simulator/#/accept/no-such-link`).then(() => undefined) },
  created: { arrange: async () => undefined },
  writeFailed: {
    vitestOnly: 'the browser store never refuses a save: when the browser does, practice goes on in memory with a notice (storageBackend), so only a backend that refuses (the memory store of the Vitest model test) answers error.store.writeFailed',
  },
  rejected: {
    vitestOnly: 'the browser store never rejects a call: it runs in the page, and answers its own failures as a refusal (runner.serial), so "unavailable" needs a portal out of reach',
  },
  withdrawn: { vitestOnly: 'Manage users offers no way to remove a user, so no page can withdraw a colleague’s invitation' },
};

export function acceptanceUi(outcomes: UiModel['outcomes']): UiModel {
  return { machine: invitationMachine, outcomes, start: openSimulator, states, events, answers };
}
