// JavaScript a page runs before any interaction: inline scripts and the script files it loads.
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { fileSizes, gzipSize } from '../gzip.mjs';
import { pageAssets } from '../html.mjs';
import { resolveAsset } from '../site.mjs';

/** @typedef {import('../types.mjs').BenchModule} BenchModule */

/** @type {BenchModule} */
export default {
  id: 'js-weight',
  title: 'JavaScript before interaction per page type (bytes)',
  columns: [
    { key: 'type', label: 'Page type' },
    { key: 'locale', label: 'Locale' },
    { key: 'url', label: 'URL' },
    { key: 'inlineScripts', label: 'Inline scripts', format: 'bytes' },
    { key: 'inlineRaw', label: 'Inline (raw)', format: 'bytes' },
    { key: 'inlineGzip', label: 'Inline (gzip)', format: 'bytes' },
    { key: 'externalScripts', label: 'External files', format: 'bytes' },
    { key: 'externalGzip', label: 'External (gzip)', format: 'bytes' },
    { key: 'totalGzip', label: 'Total (gzip)', format: 'bytes' },
  ],
  async run(ctx) {
    const { pages } = await ctx.site();
    const rows = [];
    const notes = [];
    let dataScripts = 0;
    for (const page of pages) {
      const assets = pageAssets(await readFile(page.file, 'utf8'));
      dataScripts += assets.dataScripts;
      const inline = assets.inlineScripts.join('\n');
      let externalGzip = 0;
      for (const src of assets.scripts) {
        const { url, file } = resolveAsset(ctx.dist, page.url, src);
        notes.push(`${page.url} loads a script file before interaction: ${url}`);
        if (file) externalGzip += (await fileSizes(file)).gzip;
      }
      const inlineGzip = inline ? gzipSize(inline) : 0;
      rows.push({
        type: page.type, locale: page.locale, url: page.url,
        inlineScripts: assets.inlineScripts.length, inlineRaw: Buffer.byteLength(inline), inlineGzip,
        externalScripts: assets.scripts.length, externalGzip, totalGzip: inlineGzip + externalGzip,
      });
    }
    notes.unshift(
      'Inline: text of inline <script> elements that run (JSON/data scripts left out' + (dataScripts ? `: ${dataScripts} seen` : ', none seen') +
      '); gzip of their text on its own (on the wire it travels inside the HTML, counted in the table above).',
      'External: <script src> and <link rel="modulepreload"> files, gzip; expected 0.',
    );
    return { rows, notes };
  },
};
