// Time from choosing a scenario on the practice list to its start state shown and usable, in
// Chromium, median of 20: the click, the page load, the start state built from its domain
// commands (password hashing included) and imported, the islands mounted.
/* global window, document, Element, sessionStorage, localStorage, addEventListener, MutationObserver */
import { VIEWPORT, launchChromium } from '../chromium.mjs';
import { timedRuns, timingColumns } from '../stats.mjs';

/** @typedef {import('../types.mjs').BenchModule} BenchModule */
/** @typedef {import('@playwright/test').Page} Page */

const RUNS = 20;
/** A scenario whose start registers Harry and invites Mina (the heaviest start), and the lightest. */
const SCENARIOS = [{ locale: 'en', id: 'associate-domain' }, { locale: 'ja', id: 'resend-after-expiry' }];

/** In every page: the click on a scenario's link (list page), and when its start state is shown (scenario page). */
function recordStart() {
  addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href*="/practice/"]') : null;
    if (link) sessionStorage.setItem('bench-chosen', String(Date.now()));
  }, { capture: true });
  addEventListener('DOMContentLoaded', () => {
    if (!document.querySelector('[data-practice]')) return;
    const observer = new MutationObserver(() => {
      const ready = document.querySelector('[data-island="practice"][data-started] button') && document.querySelector('.sim-portal :is(input, button, a[href])');
      if (!ready) return;
      observer.disconnect();
      Object.assign(window, { benchShown: Date.now() - Number(sessionStorage.getItem('bench-chosen')) });
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  });
}

/** One choice: the list, a fresh scenario (its stored attempt removed), the click, the start shown. @param {Page} page @param {string} base */
async function timedChoice(page, base, { locale, id }) {
  await page.goto(`${base}/${locale}/practice/`);
  await page.evaluate((key) => {
    localStorage.removeItem(key);
    localStorage.removeItem(`${key}:attempt`);
  }, `business-center-help:practice:${id}`);
  await page.locator(`a[href="/${locale}/practice/${id}/"]`).click();
  await page.waitForFunction(() => /** @type {any} */ (window).benchShown !== undefined, null, { timeout: 20_000 });
  return page.evaluate(() => /** @type {any} */ (window).benchShown);
}

/** @type {BenchModule} */
export default {
  id: 'practice-start',
  title: `Practice: a scenario chosen on the list to its start state shown, in Chromium (ms, median of ${RUNS})`,
  columns: [
    { key: 'scenario', label: 'Scenario' },
    ...timingColumns,
  ],
  async run(ctx) {
    const { browser, missing } = await launchChromium(ctx);
    if (!browser) return { rows: [], skipped: `not measured: ${missing}` };
    const base = await ctx.baseUrl();
    const rows = [];
    /** @type {Record<string, number[]>} */
    const details = {};
    for (const scenario of SCENARIOS) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      try {
        await context.addInitScript(recordStart);
        const page = await context.newPage();
        const { median, min, max, times } = await timedRuns(RUNS, () => timedChoice(page, base, scenario), (run) => ctx.log(`practice-start ${scenario.locale}/${scenario.id} run ${run}/${RUNS}…`));
        const name = `/${scenario.locale}/practice/${scenario.id}/`;
        rows.push({ scenario: name, median, min, max });
        details[name] = times;
      } finally {
        await context.close();
      }
    }
    return {
      rows,
      details,
      notes: [
        `${VIEWPORT.width}×${VIEWPORT.height}, one profile per scenario, a warm-up choice first. Each choice: the list loaded, the scenario's stored attempt removed (so its start state is built again), then a click on its link.`,
        'Measured with Date.now() from the click (kept in sessionStorage across the navigation) to the first mutation after which the practice panel has a button and the portal a control: the start state imported and shown.',
      ],
    };
  },
};
