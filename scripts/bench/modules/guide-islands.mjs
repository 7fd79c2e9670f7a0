// JavaScript on guide pages with try-it panels, in Chromium: after load (before scrolling), then
// after the first panel has scrolled into view and mounted.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VIEWPORT, launchChromium, withPage } from '../chromium.mjs';
import { islandsMounted, watchScripts } from '../page-js.mjs';
import { discoverLocales, pageFolders } from '../site.mjs';

/** @typedef {import('../types.mjs').BenchModule} BenchModule */

/** Panels that load their module when they come into view (the simulator pages load theirs at once). */
const PANEL = '[data-island][data-module]';

/** URL paths of the pages in locale folders with a panel. @param {string} dist */
async function pagesWithPanels(dist) {
  const urls = [];
  for (const locale of await discoverLocales(dist)) {
    for (const slug of await pageFolders(join(dist, locale))) {
      const html = await readFile(join(dist, locale, slug, 'index.html'), 'utf8');
      if (/<[^>]+\bdata-island="[^"]*"[^>]*\bdata-module="/.test(html)) urls.push(`/${locale}/${slug}/`);
    }
  }
  return urls;
}

/** @type {BenchModule} */
export default {
  id: 'guide-islands',
  title: 'Guide pages with try-it panels: JavaScript before and after the first panel mounts, in Chromium (bytes, gzip -9)',
  columns: [
    { key: 'url', label: 'URL' },
    { key: 'before', label: 'Before (gzip)', format: 'bytes' },
    { key: 'after', label: 'After (gzip)', format: 'bytes' },
    { key: 'filesAfter', label: 'Files after' },
  ],
  async run(ctx) {
    const urls = await pagesWithPanels(ctx.dist);
    if (urls.length === 0) return { rows: [], skipped: 'no guide page with a try-it panel in dist' };
    const { browser, missing } = await launchChromium(ctx);
    if (!browser) return { rows: [], skipped: `not measured: ${missing}` };
    const rows = [];
    const notes = [];
    /** @type {Record<string, string[]>} */
    const details = {};
    for (const url of urls) {
      ctx.log(`guide-islands ${url}…`);
      const { before, after, top } = await withPage(ctx, browser, url, async (page, address) => {
        const scripts = watchScripts(page);
        await page.goto(address);
        await scripts.idle();
        // A panel in the first view loads at once: let it finish (its module asks for more once it runs).
        if ((await scripts.measure()).files.size) {
          await islandsMounted(page, { selector: PANEL, first: true });
          await scripts.idle();
        }
        const atLoad = await scripts.measure();
        const top = await page.locator(PANEL).first().evaluate((panel) => Math.round(panel.getBoundingClientRect().top));
        await page.locator(PANEL).first().scrollIntoViewIfNeeded();
        await islandsMounted(page, { selector: PANEL, first: true });
        await scripts.idle();
        return { before: atLoad, after: await scripts.measure(), top };
      });
      if (before.files.size) notes.push(`${url}: the first panel is in the first view (its top ${top} px from the top of a ${VIEWPORT.height} px viewport), so ${before.files.size} script files load without scrolling.`);
      rows.push({ url, before: before.gzip, after: after.gzip, filesAfter: after.files.size });
      details[url] = [...after.files.keys()];
    }
    notes.unshift(
      `Fresh profile per page, ${VIEWPORT.width}×${VIEWPORT.height}. Before: after load and 500 ms without a request, not scrolled (expected: inline scripts only, no file; when a panel is in the first view, after it has mounted). After: the first panel scrolled into view, its placeholder gone, the network quiet again.`,
      'Each JavaScript response gzipped (-9) and summed, plus the inline scripts\' text gzipped together; files per page in the JSON.',
    );
    return { rows, notes, details };
  },
};
