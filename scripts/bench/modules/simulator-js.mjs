// JavaScript the portal simulator pages load on opening, measured in Chromium: every JavaScript
// response until the islands have mounted and the network is quiet, plus inline scripts; against
// the simulator's budget of 100 KB gzip.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { VIEWPORT, launchChromium, withPage } from '../chromium.mjs';
import { islandsMounted, watchScripts } from '../page-js.mjs';
import { discoverLocales } from '../site.mjs';

/** @typedef {import('../types.mjs').BenchModule} BenchModule */

/** The issue's budget: at most 100 KB of gzip JavaScript in total on a simulator page. */
export const BUDGET = 100 * 1024;

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @type {BenchModule} */
export default {
  id: 'simulator-js',
  title: 'Simulator pages: JavaScript loaded on opening, in Chromium (budget 100 KB gzip)',
  columns: [
    { key: 'url', label: 'URL' },
    { key: 'files', label: 'Files' },
    { key: 'raw', label: 'Raw', format: 'bytes' },
    { key: 'inlineGzip', label: 'Inline (gzip)', format: 'bytes' },
    { key: 'gzip', label: 'Total (gzip)', format: 'bytes' },
    { key: 'budget', label: 'Budget', format: 'bytes' },
    { key: 'verdict', label: 'Within budget' },
  ],
  async run(ctx) {
    const locales = await discoverLocales(ctx.dist);
    const urls = locales.flatMap((locale) => [`/${locale}/simulator/`, `/${locale}/simulator/partner/`])
      .filter((url) => existsSync(join(ctx.dist, url, 'index.html')));
    if (urls.length === 0) return { rows: [], skipped: 'no simulator page in dist' };
    const { browser, missing } = await launchChromium(ctx);
    if (!browser) return { rows: [], skipped: `not measured: ${missing}` };
    const rows = [];
    /** @type {Record<string, Record<string, { raw: number, gzip: number }>>} */
    const details = {};
    for (const url of urls) {
      ctx.log(`simulator-js ${url}…`);
      const js = await withPage(ctx, browser, url, async (page, address) => {
        const scripts = watchScripts(page);
        await page.goto(address);
        await islandsMounted(page);
        await scripts.idle();
        return scripts.measure();
      });
      rows.push({
        url, files: js.files.size, raw: js.raw, inlineGzip: js.inlineGzip, gzip: js.gzip, budget: BUDGET,
        verdict: js.gzip <= BUDGET ? 'yes' : `no (+${kb(js.gzip - BUDGET)})`,
      });
      details[url] = Object.fromEntries(js.files);
    }
    const [firstUrl, firstFiles] = Object.entries(details)[0] ?? [];
    const largest = Object.entries(firstFiles ?? {}).sort((a, b) => b[1].gzip - a[1].gzip).slice(0, 4);
    return {
      rows,
      details,
      notes: [
        `Counted in Chromium (fresh profile, ${VIEWPORT.width}×${VIEWPORT.height}): every JavaScript response after the islands mounted (placeholders gone) and no request was open for 500 ms, each body gzipped (-9), plus the inline scripts' text gzipped together; files per page in the JSON.`,
        `Largest files on ${firstUrl}: ${largest.map(([path, size]) => `${path.split('/').pop()} ${kb(size.gzip)}`).join(', ')}.`,
      ],
    };
  },
};
