import { expect } from '@playwright/test';
import { signOutMachine } from '../../../src/flows/sign-out/signOutMachine';
import { harrySignedIn } from '../../support/model/scenes';
import type { AnswerSetup, EventAction, StateCheck, Ui, UiModel } from './modelPaths';
import { noPage } from './noPage';
import { preparedDocument, startFrom } from './preparedStore';
import { signOutFromMenu, userMenu } from './uiScenes';

/** The user menu's Sign out (SignedIn.tsx, screens/UserMenu.tsx, parts/useSignOut.ts) as the sign-out machine's states and events. */

const signInHeading = ({ page, t }: Ui) => page.getByRole('heading', { name: t('signIn.heading') });
const dashboard = ({ page, t }: Ui) => page.getByRole('heading', { name: t('dashboard.heading') });

/** state value → what the page shows. */
const states: Record<string, StateCheck> = {
  signedIn: async (ui, { context }) => {
    await expect(dashboard(ui)).toBeVisible();
    await expect(userMenu(ui)).toBeVisible();
    if (context.errors.form) await expect(ui.page.getByText(ui.t(context.errors.form))).toBeVisible();
  },
  // A call in flight lasts milliseconds: still the portal, or already the sign-in page.
  signingOut: async (ui) => {
    await expect(signInHeading(ui).or(dashboard(ui))).toBeVisible();
  },
  // Focus goes to the sign-in page's heading, so a screen reader says where the learner is.
  signedOut: async (ui) => {
    await expect(signInHeading(ui)).toBeFocused();
    await expect(userMenu(ui)).toHaveCount(0);
  },
};

/** event type → what the learner does. */
const events: Record<string, EventAction> = {
  'session.end': async (ui, event) => {
    await signOutFromMenu(ui);
    return [event];
  },
};

/** store answer → how the real store is made to give it. */
const answers: Record<string, AnswerSetup> = {
  signedOut: { arrange: async () => undefined },
  writeFailed: noPage.writeFailed,
  rejected: noPage.rejected,
};

/** Harry signed in, on the dashboard (a prepared store, not his registration replayed). */
async function start(ui: Ui): Promise<void> {
  await startFrom(ui, await preparedDocument(harrySignedIn), '#/dashboard');
}

export function signOutUi(outcomes: UiModel['outcomes']): UiModel {
  return { machine: signOutMachine, outcomes, start, states, events, answers };
}
