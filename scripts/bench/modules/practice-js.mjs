// JavaScript a practice scenario page loads on opening (its module, the simulator's islands,
// the scenarios and their checks), measured in Chromium as simulator-js does; budget 100 KB gzip.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, withPage } from '../chromium.mjs';
import { islandsMounted, watchScripts } from '../page-js.mjs';

/** @typedef {import('../types.mjs').BenchModule} BenchModule */

export const BUDGET = 100 * 1024;
/** A Business Center scenario, one whose start state registers people, and the partner center's. */
const URLS = ['/en/practice/work-account/', '/ja/practice/invite-two-languages/', '/zh-tw/practice/partner-new-admin/', '/en/practice/'];

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @type {BenchModule} */
export default {
  id: 'practice-js',
  title: 'Practice pages: JavaScript loaded on opening, in Chromium (budget 100 KB gzip)',
  columns: [
    { key: 'url', label: 'URL' },
    { key: 'files', label: 'Files' },
    { key: 'raw', label: 'Raw', format: 'bytes' },
    { key: 'gzip', label: 'Total (gzip)', format: 'bytes' },
    { key: 'budget', label: 'Budget', format: 'bytes' },
    { key: 'verdict', label: 'Within budget' },
  ],
  async run(ctx) {
    const urls = URLS.filter((url) => existsSync(join(ctx.dist, url, 'index.html')));
    if (urls.length === 0) return { rows: [], skipped: 'no practice page in dist' };
    const { browser, missing } = await launchChromium(ctx);
    if (!browser) return { rows: [], skipped: `not measured: ${missing}` };
    const rows = [];
    /** @type {Record<string, Record<string, { raw: number, gzip: number }>>} */
    const details = {};
    for (const url of urls) {
      ctx.log(`practice-js ${url}…`);
      const js = await withPage(ctx, browser, url, async (page, address) => {
        const scripts = watchScripts(page);
        await page.goto(address);
        if (url.endsWith('/practice/')) await page.waitForSelector('[data-status-of]');
        else await islandsMounted(page);
        await scripts.idle();
        return scripts.measure();
      });
      rows.push({ url, files: js.files.size, raw: js.raw, gzip: js.gzip, budget: BUDGET, verdict: js.gzip <= BUDGET ? 'yes' : `no (+${kb(js.gzip - BUDGET)})` });
      details[url] = Object.fromEntries(js.files);
    }
    return {
      rows,
      details,
      notes: ['Counted as simulator-js counts (every JavaScript response until the islands mounted and the network was quiet for 500 ms, gzipped -9, plus inline scripts); the list page until its states are filled.'],
    };
  },
};
