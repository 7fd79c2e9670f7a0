import { expect } from '@playwright/test';
import { signInMachine } from '../../../src/flows/sign-in/signInMachine';
import { harrySignedIn } from '../../support/model/scenes';
import { expired, registered } from '../../support/model/signInModel';
import type { World } from '../../support/model/world';
import type { AnswerSetup, EventAction, StateCheck, Ui, UiModel } from './modelPaths';
import { noPage } from './noPage';
import { preparedDocument, startFrom, swapStore } from './preparedStore';
import { openSimulator, signOutFromMenu, userMenu } from './uiScenes';
import { clickSubmit, showsTextForm, summaryOf, textFieldEvents, type TextForm } from './formUi';

/**
 * The sign-in page (SignIn.tsx, screens/SignInScreen.tsx) as the sign-in machine's states and
 * events. Once signed in the portal shows the dashboard and the sign-in island unmounts: the
 * machine's `signedIn` is the dashboard. The page's Sign out is the user menu's (it runs
 * `signOutMachine`, replayed by model-sign-out.spec.ts); what the learner sees after it is what
 * this machine says after `session.end`: the sign-in form, empty (a fresh island). Its refusals
 * cannot happen in a page (the browser store neither rejects nor refuses a save).
 */

const form: TextForm = { id: 'signin', labels: { email: 'signIn.email', password: 'signIn.password' } };
const heading = ({ page, t }: Ui) => page.getByRole('heading', { name: t('signIn.heading') });
const dashboard = ({ page, t }: Ui) => page.getByRole('heading', { name: t('dashboard.heading') });
const summary = (ui: Ui) => summaryOf(form, ui);

const showsForm: StateCheck = async (ui, expected) => {
  await expect(heading(ui)).toBeVisible();
  await showsTextForm(form)(ui, expected);
};

/** state value → what the page shows. */
const states: Record<string, StateCheck> = {
  checking: async (ui) => {
    await expect(ui.page.getByRole('status').or(heading(ui)).or(dashboard(ui)).first()).toBeVisible();
  },
  'form.editing': showsForm,
  // The store's refusal: the summary takes focus when no field is to blame.
  'form.failed': async (ui, expected) => {
    await showsForm(ui, expected);
    if (Object.keys(expected.context.errors).length === 1) await expect(summary(ui)).toBeFocused();
  },
  // A call in flight lasts milliseconds: busy, or already showing the answer.
  signingIn: async (ui) => {
    await expect(ui.page.locator('form#signin[aria-busy="true"]').or(dashboard(ui)).or(summary(ui))).toBeVisible();
  },
  // Signed in by the learner, focus moves to the dashboard's heading (a page loaded signed in leaves it).
  signedIn: async (ui, { context }) => {
    if (loadedSignedIn.has(ui.page)) await expect(dashboard(ui)).toBeVisible();
    else await expect(dashboard(ui)).toBeFocused();
    await expect(userMenu(ui)).toBeVisible();
    await expect(heading(ui)).toHaveCount(0);
    if (context.errors.form) await expect(ui.page.getByText(ui.t(context.errors.form))).toBeVisible();
  },
  signingOut: async (ui) => {
    await expect(heading(ui).or(dashboard(ui))).toBeVisible();
  },
};

/** Pages opened with someone signed in already, until the learner signs in there. */
const loadedSignedIn = new WeakSet<Ui['page']>();

const submit = clickSubmit('signIn.submit');
const clickSignIn: EventAction = async (ui, event, before) => {
  loadedSignedIn.delete(ui.page);
  return submit(ui, event, before);
};

/** event type → what the learner does. */
const events: Record<string, EventAction> = {
  ...textFieldEvents(form),
  'form.check': clickSignIn,
  'form.submit': clickSignIn,
  // The user menu's Sign out: the page's way to end the session the dashboard shows.
  'session.end': async (ui, event) => {
    await signOutFromMenu(ui);
    return [event];
  },
};

/** What happened elsewhere meanwhile (Harry registered, the clock moved on): the filled-in form stays. */
const meanwhile = (scene: (world: World) => Promise<void>): AnswerSetup => ({
  arrange: async (ui) => swapStore(ui, await preparedDocument(scene)),
});

const asIs: AnswerSetup = { arrange: async () => undefined };

/** store answer → how the real store is made to give it. */
const answers: Record<string, AnswerSetup> = {
  nobody: asIs,
  harry: {
    arrange: async (ui) => {
      await startFrom(ui, await preparedDocument(harrySignedIn), '#/dashboard');
      loadedSignedIn.add(ui.page);
    },
    opensPage: true,
  },
  signedIn: meanwhile(registered),
  badCredentials: meanwhile(registered),
  invitationExpired: meanwhile(expired),
  // The seed: Harry invited, not registered yet; nobody else invited.
  invitationPending: asIs,
  notInvited: asIs,
  signedOut: asIs,
  rejected: noPage.rejected,
  writeFailed: noPage.writeFailed,
};

export function signInUi(outcomes: UiModel['outcomes']): UiModel {
  return { machine: signInMachine, outcomes, start: openSimulator, states, events, answers };
}
