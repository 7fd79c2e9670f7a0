// JavaScript a page has run in the browser: every JavaScript response (gzip -9 of its body; the
// local server sends files uncompressed) and the text of its inline scripts, plus a wait for a
// quiet network (Playwright's 'networkidle' only covers the first load).
import { gzipSize } from './gzip.mjs';
import { JS_TYPES } from './html.mjs';

/* global document, requestAnimationFrame */

/** @typedef {import('@playwright/test').Page} Page */

/**
 * @typedef {object} PageJs
 * @property {Map<string, { raw: number, gzip: number }>} files  JavaScript responses so far, by URL path.
 * @property {number} raw        Bytes of the files as sent.
 * @property {number} inlineGzip Gzip of the inline scripts' text, joined (as js-weight counts it).
 * @property {number} gzip       Files (each gzipped) + inline.
 */

/**
 * Starts watching a page's requests; call before `page.goto`.
 * @param {Page} page
 */
export function watchScripts(page) {
  /** @type {Map<string, { raw: number, gzip: number }>} */
  const files = new Map();
  /** @type {Promise<void>[]} */
  const reading = [];
  let pending = 0;
  let lastChange = Date.now();
  const settle = () => { pending -= 1; lastChange = Date.now(); };
  page.on('request', () => { pending += 1; lastChange = Date.now(); });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!response.ok() || !(response.request().resourceType() === 'script' || /javascript/.test(type))) return;
    const path = new URL(response.url()).pathname;
    reading.push(response.body().then((body) => { files.set(path, { raw: body.length, gzip: gzipSize(body) }); }));
  });

  return {
    /**
     * Waits for two frames (so intersection observers have run and started their imports),
     * then until no request has been open for `quietMs`.
     * @param {number} [quietMs] @param {number} [timeoutMs]
     */
    async idle(quietMs = 500, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
      while (pending > 0 || Date.now() - lastChange < quietMs) {
        if (Date.now() > deadline) throw new Error(`${page.url()}: network not quiet after ${timeoutMs / 1000} s (${pending} requests open)`);
        await new Promise((resolveWait) => setTimeout(resolveWait, 50));
      }
    },
    /**
     * What the page has loaded so far.
     * @returns {Promise<PageJs>}
     */
    async measure() {
      await Promise.all(reading);
      const inline = await page.evaluate((types) => [...document.scripts]
        .filter((script) => !script.src && types.includes(script.type.trim().toLowerCase()))
        .map((script) => script.text), [...JS_TYPES]);
      const inlineGzip = inline.length ? gzipSize(inline.join('\n')) : 0;
      const sizes = [...files.values()];
      return {
        files: new Map(files),
        raw: sizes.reduce((sum, size) => sum + size.raw, 0),
        inlineGzip,
        gzip: sizes.reduce((sum, size) => sum + size.gzip, 0) + inlineGzip,
      };
    },
  };
}

/**
 * Resolves when the islands matching `selector` (or only the first of them) have mounted: React
 * has rendered into them (a panel says so with `data-started`: its static first screen is
 * already there before) and no placeholder (`.sim-loading`) is left.
 * @param {Page} page
 * @param {{ selector?: string, first?: boolean }} [options]
 */
export function islandsMounted(page, { selector = '[data-island]', first = false } = {}) {
  return page.waitForFunction(({ selector: islands, first: onlyFirst }) => {
    const found = [...document.querySelectorAll(islands)].slice(0, onlyFirst ? 1 : undefined);
    const live = (/** @type {Element} */ island) => !island.hasAttribute('data-module') || island.hasAttribute('data-started');
    return found.length > 0 && found.every((island) => live(island) && island.childElementCount > 0 && !island.querySelector('.sim-loading'));
  }, { selector, first }, { timeout: 20_000 });
}
