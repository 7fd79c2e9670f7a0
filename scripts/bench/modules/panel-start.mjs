// Time from the first pointer-over on a try-it panel to the panel being interactive, in
// Chromium on a desktop window, the panel's files fetched before (a warm-up start), 20 starts.
/* global window, document, Element, addEventListener, requestAnimationFrame, MessageChannel, MutationObserver, performance */
import { VIEWPORT, launchChromium } from '../chromium.mjs';
import { watchScripts } from '../page-js.mjs';
import { PANEL } from '../panels.mjs';
import { timedRuns, timingColumns } from '../stats.mjs';

/** @typedef {import('../types.mjs').BenchModule} BenchModule */
/** @typedef {import('@playwright/test').Page} Page */

const RUNS = 20;
/** The target for the median. */
const TARGET_MS = 150;
/** A panel in the first view of a desktop window (Domains), and one further down (Roles, in Japanese). */
const PAGES = ['/en/domains/', '/ja/roles/'];

/**
 * In the page, before its scripts: the time of the first pointerover inside a panel, and the
 * first task after the next frame once that panel is live (`data-started`) with a form control
 * or link in its portal window, i.e. painted and answering input.
 */
function recordStart() {
  /** @type {{ over?: number, interactive?: number }} */
  const times = {};
  Object.assign(window, { benchPanel: times });
  addEventListener('pointerover', (event) => {
    if (times.over === undefined && event.target instanceof Element && event.target.closest('section.try-it')) times.over = event.timeStamp;
  }, { capture: true });
  const observer = new MutationObserver(() => {
    if (times.over === undefined || !document.querySelector('[data-island][data-started] .sim-portal :is(input, button, select, a[href])')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { times.interactive = performance.now(); };
      channel.port2.postMessage(null);
    });
  });
  addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true, attributes: true }));
}

/** One start: load the page, point at its first panel, wait until it is interactive. @param {Page} page @param {string} address */
async function timedStart(page, address) {
  const scripts = watchScripts(page);
  await page.mouse.move(0, 0);
  await page.goto(address);
  await scripts.idle(200);
  const panel = page.locator(PANEL).first();
  await panel.scrollIntoViewIfNeeded();
  const box = await panel.boundingBox();
  if (!box) throw new Error(`${address}: no panel on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
  await page.waitForFunction(() => /** @type {any} */ (window).benchPanel.interactive !== undefined, null, { timeout: 20_000 });
  const { over, interactive } = await page.evaluate(() => /** @type {any} */ (window).benchPanel);
  return interactive - over;
}

/** @type {BenchModule} */
export default {
  id: 'panel-start',
  title: `Try-it panel: first pointer-over to an interactive panel, in Chromium (ms, median of ${RUNS}, target < ${TARGET_MS} ms)`,
  columns: [
    { key: 'url', label: 'URL' },
    ...timingColumns,
    { key: 'verdict', label: `Median < ${TARGET_MS} ms` },
  ],
  async run(ctx) {
    const { browser, missing } = await launchChromium(ctx);
    if (!browser) return { rows: [], skipped: `not measured: ${missing}` };
    const base = await ctx.baseUrl();
    const rows = [];
    /** @type {Record<string, number[]>} */
    const details = {};
    for (const url of PAGES) {
      // One profile for all starts of a page: the first (not counted) fetches the files.
      const context = await browser.newContext({ viewport: VIEWPORT });
      try {
        await context.addInitScript(recordStart);
        const page = await context.newPage();
        const { median, min, max, times } = await timedRuns(RUNS, () => timedStart(page, base + url), (run) => ctx.log(`panel-start ${url} run ${run}/${RUNS}…`));
        rows.push({ url, median, min, max, verdict: median < TARGET_MS ? 'yes' : 'no' });
        details[url] = times;
      } finally {
        await context.close();
      }
    }
    return {
      rows,
      details,
      notes: [
        `${VIEWPORT.width}×${VIEWPORT.height}, one profile per page; a warm-up start first, so the panel's files are in the browser and the local server's memory (the server sends no-cache: the browser asks again and gets them from localhost). Each start: reload, network quiet, the panel scrolled into view (the pointer outside it), then the pointer moves onto it.`,
        'Measured in the page: from the first pointerover event in the panel (its timeStamp) to the first task after the frame in which the live panel (data-started) first shows a form control or link, i.e. painted and answering input.',
      ],
    };
  },
};
