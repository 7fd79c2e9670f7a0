// JavaScript on guide pages with try-it panels, in Chromium: after load and a scroll to the
// bottom (no interaction: expected none), then what the first panel loads once the pointer is
// over it and it has mounted, against the panel budget of 100 KB gzip.
/* global scrollTo, document */
import { VIEWPORT, launchChromium, withPage } from '../chromium.mjs';
import { islandsMounted, watchScripts } from '../page-js.mjs';
import { PANEL, pagesWithPanels } from '../panels.mjs';

/** @typedef {import('../types.mjs').BenchModule} BenchModule */

/** The issue's budget: at most 100 KB of gzip JavaScript for a panel to start. */
export const PANEL_BUDGET = 100 * 1024;

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @type {BenchModule} */
export default {
  id: 'guide-islands',
  title: 'Guide pages with try-it panels: JavaScript before interaction, and what a panel loads once the pointer is over it, in Chromium (gzip -9; budget 100 KB a panel)',
  columns: [
    { key: 'url', label: 'URL' },
    { key: 'before', label: 'Before, scrolled to the end (gzip)', format: 'bytes' },
    { key: 'filesBefore', label: 'Files before' },
    { key: 'after', label: 'A panel loads (gzip)', format: 'bytes' },
    { key: 'filesAfter', label: 'Files' },
    { key: 'verdict', label: 'Within 100 KB' },
  ],
  async run(ctx) {
    const urls = await pagesWithPanels(ctx.dist);
    if (urls.length === 0) return { rows: [], skipped: 'no guide page with a try-it panel in dist' };
    const { browser, missing } = await launchChromium(ctx);
    if (!browser) return { rows: [], skipped: `not measured: ${missing}` };
    const rows = [];
    /** @type {Record<string, Record<string, { raw: number, gzip: number }>>} */
    const details = {};
    for (const url of urls) {
      ctx.log(`guide-islands ${url}…`);
      const { before, after } = await withPage(ctx, browser, url, async (page, address) => {
        const scripts = watchScripts(page);
        await page.goto(address);
        await scripts.idle();
        await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
        await scripts.idle();
        const atEnd = await scripts.measure();
        await page.locator(PANEL).first().hover();
        await islandsMounted(page, { selector: PANEL, first: true });
        await scripts.idle();
        return { before: atEnd, after: await scripts.measure() };
      });
      const panel = after.gzip - before.inlineGzip;
      rows.push({
        url, before: before.gzip, filesBefore: before.files.size, after: panel, filesAfter: after.files.size,
        verdict: panel <= PANEL_BUDGET ? 'yes' : `no (+${kb(panel - PANEL_BUDGET)})`,
      });
      details[url] = Object.fromEntries(after.files);
    }
    const [firstUrl, firstFiles] = Object.entries(details)[0] ?? [];
    const largest = Object.entries(firstFiles ?? {}).sort((a, b) => b[1].gzip - a[1].gzip).slice(0, 6);
    return {
      rows,
      details,
      notes: [
        `Fresh profile per page, ${VIEWPORT.width}×${VIEWPORT.height}. Before: after load and a scroll to the bottom of the page, 500 ms without a request, no pointer or key in the page (expected: inline scripts only, no file). A panel loads: the JavaScript files fetched once the pointer is over the first panel and it has mounted (data-started), the network quiet again; inline scripts not counted.`,
        'Each JavaScript response gzipped (-9) and summed; files per page in the JSON.',
        `Largest files on ${firstUrl}: ${largest.map(([path, size]) => `${path.split('/').pop()} ${kb(size.gzip)}`).join(', ')}.`,
      ],
    };
  },
};
