import { expect } from '@playwright/test';
import { resendRequestMachine } from '../../../src/flows/resend-request/resendRequestMachine';
import { register, signedOut } from '../../support/model/scenes';
import type { AnswerSetup, EventAction, StateCheck, Ui, UiModel } from './modelPaths';
import { clickSubmit, showsTextForm, summaryOf, textFieldEvents, type TextForm } from './formUi';
import { noPage } from './noPage';
import { changedMeanwhile } from './preparedStore';
import { openSimulator } from './uiScenes';

/** "Didn't receive an invitation email?" (ResendRequest.tsx) as the resend machine's states and events. */

const form: TextForm = {
  id: 'resend',
  labels: { email: 'resend.email', agreementNumber: 'resend.agreementNumber', purchasingAccountNumber: 'resend.purchasingAccountNumber' },
};
const heading = ({ page, t }: Ui) => page.getByRole('heading', { name: t('resend.heading') });
const doneHeading = ({ page, t }: Ui) => page.getByRole('heading', { name: t('resend.doneHeading') });
const summary = (ui: Ui) => summaryOf(form, ui);

/** The form as the machine has it: values, each error tied to its field, the summary. */
const showsForm: StateCheck = async (ui, expected) => {
  await expect(heading(ui)).toBeVisible();
  await showsTextForm(form)(ui, expected);
};

/** A refusal of the store (a save that failed): its sentence in the summary, focused when no field is to blame. */
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
  // Matched or not: the same heading and neutral sentence, announced as information, never as an alert.
  sent: async (ui, { context }) => {
    await expect(doneHeading(ui)).toBeFocused();
    await expect(ui.page.getByRole('status').filter({ hasText: ui.t(context.notice) })).toBeVisible();
    await expect(ui.page.getByRole('alert')).toHaveCount(0);
    await expect(heading(ui)).toHaveCount(0);
  },
};

const submit = clickSubmit('resend.submit');

/** event type → what the learner does. */
const events: Record<string, EventAction> = {
  ...textFieldEvents(form),
  // No button only checks: Submit checks, then sends if the form is complete.
  'form.check': submit,
  'form.submit': submit,
};

/** store answer → how the real store is made to give it. */
const answers: Record<string, AnswerSetup> = {
  sent: { arrange: async () => undefined },
  noMatch: { arrange: async () => undefined },
  // Harry registers and signs out elsewhere while the form is open: the answer is still the neutral one.
  registered: { arrange: (ui) => changedMeanwhile(ui, async (world) => (await register(world), signedOut(world))) },
  writeFailed: noPage.writeFailed,
  rejected: noPage.rejected,
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
