import { expect } from '@playwright/test';
import { STORAGE_KEY } from '../../../src/store/browserPortal';
import { must } from '../../support/model/scenes';
import { createWorld, type World } from '../../support/model/world';
import type { Ui } from './modelPaths';
import { failOnDialog } from './uiScenes';

/**
 * A store document made in Node by a scene of the model tests (`harrySignedIn`, `signedInAs`…)
 * against the real memory store, exported as the browser store keeps it. A browser test starts
 * from it instead of replaying the whole story through the UI (one full story per locale is
 * walked by simulator.spec.ts).
 */
export async function preparedDocument(scene: (world: World) => Promise<void>): Promise<string> {
  return (await preparedWorld(scene)).document;
}

/** The document, and the world it was made in (to read what the scene made: ids, names, notes). */
export async function preparedWorld(scene: (world: World) => Promise<void>): Promise<{ document: string; world: World }> {
  const world = createWorld();
  await scene(world);
  return { document: await world.store.exportDocument(), world };
}

/**
 * Replaces this browser's store under the open page, without loading anything: what the page
 * shows stays (typed values too), and its next call reads the new document (the browser store
 * compares the stored text on every read). For an answer that depends on what happened
 * elsewhere meanwhile (Harry registered, the clock moved on) while a form stays filled in.
 */
export async function swapStore(ui: Ui, document: string): Promise<void> {
  await ui.page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, document] as const);
}

/**
 * A file of the site that runs nothing: where a tab that has loaded nothing yet gets the site's
 * localStorage, so that the simulator's first load already reads the prepared document.
 */
const runsNothing = '/favicon.svg';

/**
 * Puts `document` in this browser's store, then opens the simulator at `hash`, loaded once on
 * the document (a tab that has loaded nothing yet needs no fresh simulator first).
 */
export async function startFrom(ui: Ui, document: string, hash: string): Promise<void> {
  const simulator = `/${ui.locale}/simulator/`;
  const opened = ui.page.url() === 'about:blank' ? null : new URL(ui.page.url()).pathname;
  if (opened === null) {
    failOnDialog(ui.page);
    await ui.page.goto(runsNothing);
  }
  await swapStore(ui, document);
  await ui.page.goto(`${simulator}${hash}`);
  // From the simulator page itself only the #fragment changed, which loads nothing: load it anew.
  if (opened === simulator) await ui.page.reload();
  // The document is valid: no recovery notice (an invalid one would be set aside and the seed loaded).
  await expect(ui.page.getByText(ui.t('notice.store.recovered'))).toHaveCount(0);
}

/**
 * What happened elsewhere meanwhile, done in Node by `change` (a model's own arrangement: Harry
 * registers) on a copy of this browser's store, then swapped in under the open page
 * (`swapStore`). For a store the page seeded itself: a copy of a prepared document would get
 * ids its world already counted.
 */
export async function changedMeanwhile(ui: Ui, change: (world: World) => Promise<void>): Promise<void> {
  const text = await ui.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  const world = createWorld();
  if (text !== null) must(await world.store.importDocument(text));
  await change(world);
  await swapStore(ui, await world.store.exportDocument());
}
