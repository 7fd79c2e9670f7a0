// HTML + CSS bytes (gzip) of each page type: the HTML and every stylesheet it links.
import { readFile } from 'node:fs/promises';
import { fileSizes, gzipSize } from '../gzip.mjs';
import { pageAssets } from '../html.mjs';
import { resolveAsset } from '../site.mjs';

/** @typedef {import('../types.mjs').BenchModule} BenchModule */

/** @type {BenchModule} */
export default {
  id: 'page-weight',
  title: 'HTML + CSS per page type (bytes, gzip -9)',
  columns: [
    { key: 'type', label: 'Page type' },
    { key: 'locale', label: 'Locale' },
    { key: 'url', label: 'URL' },
    { key: 'htmlGzip', label: 'HTML', format: 'bytes' },
    { key: 'cssFiles', label: 'CSS files', format: 'bytes' },
    { key: 'cssGzip', label: 'CSS', format: 'bytes' },
    { key: 'totalGzip', label: 'HTML + CSS', format: 'bytes' },
  ],
  async run(ctx) {
    const { pages } = await ctx.site();
    const rows = [];
    const notes = [];
    /** @type {Set<string>} */
    const stylesheets = new Set();
    for (const page of pages) {
      const html = await readFile(page.file, 'utf8');
      const assets = pageAssets(html);
      let cssGzip = 0;
      for (const href of assets.stylesheets) {
        const { url, file } = resolveAsset(ctx.dist, page.url, href);
        if (!file) { notes.push(`${page.url} links a stylesheet on another origin, not counted: ${url}`); continue; }
        const sizes = await fileSizes(file).catch(() => { throw new Error(`${page.url} links ${url}, missing from dist`); });
        cssGzip += sizes.gzip;
        stylesheets.add(url);
      }
      const htmlGzip = gzipSize(html);
      rows.push({ type: page.type, locale: page.locale, url: page.url, htmlGzip, cssFiles: assets.stylesheets.length, cssGzip, totalGzip: htmlGzip + cssGzip });
    }
    notes.unshift(`Each file gzipped on its own; stylesheets linked: ${[...stylesheets].join(', ') || 'none'} (shared ones are cached after the first page).`);
    return { rows, notes };
  },
};
