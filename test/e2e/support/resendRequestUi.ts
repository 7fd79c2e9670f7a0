import { expect, type Locator } from '@playwright/test';
import type { SimKey } from '../../../src/i18n/sim';
import { resendRequestMachine } from '../../../src/machines/resendRequestMachine';
import type { AnswerSetup, EventAction, StateCheck, Ui, UiModel } from './modelPaths';
import { escapeRegExp, openSimulator } from './uiScenes';

/** "Didn't receive an invitation email?" (ResendRequest.tsx) as the resend machine's states and events. */

const labels: Readonly<Record<string, SimKey>> = {
  email: 'resend.email',
  agreementNumber: 'resend.agreementNumber',
  purchasingAccountNumber: 'resend.purchasingAccountNumber',
};

function control({ page, t }: Ui, field: string): Locator {
  const key = labels[field];
  if (!key) throw new Error(`the resend form has no field "${field}"`);
  return page.getByLabel(t(key), { exact: true });
}

const heading = ({ page, t }: Ui) => page.getByRole('heading', { name: t('resend.heading') });
const doneHeading = ({ page, t }: Ui) => page.getByRole('heading', { name: t('resend.doneHeading') });
const summary = ({ page }: Ui) => page.locator('form#resend').getByRole('alert');

/** The form as the machine has it: values, each error tied to its field, the summary. */
const showsForm: StateCheck = async (ui, { context }) => {
  await expect(heading(ui)).toBeVisible();
  for (const field of Object.keys(labels)) {
    await expect(control(ui, field)).toHaveValue(context.values[field]);
    const key = context.errors[field];
    if (key) {
      await expect(control(ui, field)).toHaveAttribute('aria-invalid', 'true');
      await expect(control(ui, field)).toHaveAccessibleDescription(new RegExp(escapeRegExp(ui.t(key))));
    } else await expect(control(ui, field)).not.toHaveAttribute('aria-invalid', 'true');
  }
  if (Object.keys(context.errors).length === 0) await expect(summary(ui)).toHaveCount(0);
  else for (const key of Object.values(context.errors)) await expect(summary(ui)).toContainText(ui.t(key as SimKey));
};

/** The store's answer to wrong details: the neutral sentence in the summary, focused when no field is to blame. */
const showsRefusal: StateCheck = async (ui, expected) => {
  await showsForm(ui, expected);
  await expect(summary(ui)).toContainText(ui.t(expected.context.errors.form));
  if (Object.keys(expected.context.errors).length === 1) await expect(summary(ui)).toBeFocused();
};

/** state value → what the page shows. */
const states: Record<string, StateCheck> = {
  'form.editing': showsForm,
  'form.failed': showsRefusal,
  // A call in flight lasts milliseconds: busy, or already showing the answer.
  submitting: async (ui) => {
    await expect(ui.page.locator('form#resend[aria-busy="true"]').or(doneHeading(ui)).or(summary(ui))).toBeVisible();
  },
  sent: async (ui, { context }) => {
    await expect(doneHeading(ui)).toBeFocused();
    await expect(ui.page.getByText(ui.t(context.notice))).toBeVisible();
  },
};

/** Submit: the view sends `form.check`, then `form.submit` (the machine's guard decides). */
const clickSubmit: EventAction = async (ui) => {
  await ui.page.getByRole('button', { name: ui.t('resend.submit') }).click();
  return [{ type: 'form.check' }, { type: 'form.submit' }];
};

/** event type → what the learner does. */
const events: Record<string, EventAction> = {
  'field.change': async (ui, event) => {
    const { field, value } = event as unknown as { field: string; value: unknown };
    await control(ui, field).fill(String(value));
    return [event];
  },
  'field.blur': async (ui, event) => {
    const { field } = event as unknown as { field: string };
    await control(ui, field).focus();
    await control(ui, field).blur();
    return [event];
  },
  // No button only checks: Submit checks, then sends if the form is complete.
  'form.check': clickSubmit,
  'form.submit': clickSubmit,
};

/** store answer → how the real store is made to give it. */
const answers: Record<string, AnswerSetup> = {
  sent: { arrange: async () => undefined },
  noMatch: { arrange: async () => undefined },
  notNeeded: {
    vitestOnly: 'Harry registering meanwhile signs every tab in (one session per browser, like a cookie), which leaves the resend page: no page keeps the form open while he does',
  },
  writeFailed: {
    vitestOnly: 'the browser store never refuses a save: when the browser does, practice goes on in memory with a notice (storageBackend)',
  },
  rejected: { vitestOnly: 'the browser store never rejects a call: it runs in the page and answers its own failures as a refusal (runner.serial)' },
};

/** Signed out, on the sign-in page: "Didn't receive an invitation email?". */
async function start(ui: Ui): Promise<void> {
  await openSimulator(ui);
  await ui.page.getByRole('link', { name: ui.t('signIn.resend') }).click();
  await expect(heading(ui)).toBeVisible();
}

export function resendRequestUi(outcomes: UiModel['outcomes']): UiModel {
  return { machine: resendRequestMachine, outcomes, start, states, events, answers };
}
