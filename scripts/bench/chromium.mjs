// Finds the Chromium binary (Lighthouse drives it) and launches it with Playwright for the
// in-browser measurements.
import { access, constants } from 'node:fs/promises';

/** @typedef {import('./types.mjs').BenchContext} BenchContext */
/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Page} Page */

/** Default binary (Debian's chromium package). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags as in playwright.config.ts: headless, no sandbox (containers), no background traffic. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Path of Chromium: $CHROMIUM_PATH, else /usr/bin/chromium; a reason when it can't be run.
 * @returns {Promise<{ path: string, missing?: string }>}
 */
export async function findChromium() {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  const from = process.env.CHROMIUM_PATH ? 'CHROMIUM_PATH' : 'default path';
  try {
    await access(path, constants.X_OK);
    return { path };
  } catch {
    return { path, missing: `no executable Chromium at ${path} (${from}; set CHROMIUM_PATH or install Debian's chromium)` };
  }
}

/** Window size of every measured page (a laptop screen). */
export const VIEWPORT = { width: 1280, height: 800 };

/** @type {WeakMap<BenchContext, Promise<{ browser?: Browser, missing?: string }>>} */
const launched = new WeakMap();

/**
 * One Chromium per bench run, shared by the modules and closed at its end; `missing` says why
 * there is none (no binary, or Playwright not installed).
 * @param {BenchContext} ctx
 * @returns {Promise<{ browser?: Browser, missing?: string }>}
 */
export function launchChromium(ctx) {
  let result = launched.get(ctx);
  if (!result) {
    result = (async () => {
      const chromium = await findChromium();
      if (chromium.missing) return { missing: chromium.missing };
      const playwright = await import('@playwright/test').catch(() => null);
      if (!playwright) return { missing: 'cannot load @playwright/test (run npm install)' };
      const browser = await playwright.chromium.launch({ executablePath: chromium.path, args: ARGS });
      ctx.onCleanup(() => browser.close());
      return { browser };
    })();
    launched.set(ctx, result);
  }
  return result;
}

/**
 * Runs `fn` on a new page in a fresh context (empty cache and storage) at `url` of the local
 * server of dist, closing the context afterwards.
 * @template T
 * @param {BenchContext} ctx
 * @param {Browser} browser
 * @param {string} path  URL path, e.g. '/en/simulator/'.
 * @param {(page: Page, url: string) => Promise<T>} fn  Gets the page before it navigates, and the full URL.
 * @returns {Promise<T>}
 */
export async function withPage(ctx, browser, path, fn) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    return await fn(await context.newPage(), (await ctx.baseUrl()) + path);
  } finally {
    await context.close();
  }
}
