import { expect, type Locator, type Page } from '@playwright/test';
import { simTranslations } from '../../../src/i18n/sim';
import { panelOf, panelStarted } from './panels';

/**
 * Which UI runtime the islands run on, read from the page itself, so that the build
 * (`test/e2e/runtime.spec.ts`) and `astro dev` (`test/dev/devServer.spec.ts`) are held to the
 * same fact by the same code: Preact's compat layer, never React DOM.
 */

type Renderer = 'preact' | 'react-dom' | 'none';

/**
 * The renderer that drew into an island's element, from the mark each one leaves there: Preact
 * keeps the rendered tree on the element's `__k`, React DOM's `createRoot` a `__reactContainer$…` key.
 */
function rendererOf(island: Locator): Promise<Renderer> {
  return island.evaluate((element) => {
    if (Object.keys(element).some((key) => key.startsWith('__reactContainer$'))) return 'react-dom';
    return '__k' in element ? 'preact' : 'none';
  });
}

/**
 * The script files the page has fetched so far that hold React DOM's code (its `__reactContainer$`
 * key). By content, not by name: the dev server names a prebundled dependency after the specifier
 * imported (`react-dom_client.js` holds `preact/compat/client` there).
 */
async function reactDomScripts(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => /\.(m?js|tsx?)$/.test(new URL(url).pathname)));
  const texts = await Promise.all(urls.map(async (url) => ({ url, text: await (await page.request.get(url)).text() })));
  return texts.filter(({ text }) => text.includes('__reactContainer$')).map(({ url }) => url);
}

/** The island was drawn by Preact, and no script the page fetched holds React DOM. */
async function expectPreact(page: Page, island: Locator): Promise<void> {
  expect(await rendererOf(island)).toBe('preact');
  expect(await reactDomScripts(page)).toEqual([]);
}

const t = simTranslations('en');

/** A guide panel starts when the reader points at it, and runs on Preact. */
export async function panelRunsOnPreact(page: Page): Promise<void> {
  await page.goto('/en/domains/');
  const panel = panelOf(page, 'domains');
  await panel.hover();
  await panelStarted(panel);
  await expectPreact(page, panel.locator('[data-island]'));
}

/** The simulator's sign-in form answers a malformed address next to the field, on Preact. */
export async function simulatorFormRunsOnPreact(page: Page): Promise<void> {
  await page.goto('/en/simulator/');
  const portal = page.locator('[data-island="portal"]');
  await portal.getByRole('textbox', { name: t('signIn.email') }).fill('harry-at-contoso');
  await portal.getByRole('button', { name: t('signIn.submit') }).click();
  await expect(portal.getByText(t('error.email.malformed')).first()).toBeVisible();
  await expectPreact(page, portal);
}
