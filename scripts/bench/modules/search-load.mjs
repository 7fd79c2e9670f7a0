// What opening search costs: the search client, Pagefind's script, and what Pagefind's init() fetches.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { fileSizes } from '../gzip.mjs';
import { pageAssets } from '../html.mjs';
import { readPagefind } from '../pagefind.mjs';
import { resolveAsset } from '../site.mjs';

/** @typedef {import('../types.mjs').BenchModule} BenchModule */
/** @typedef {import('../types.mjs').Row} Row */

/** Used when no page names its search client. */
const DEFAULT_CLIENT = '/_search/client.js';

/**
 * Root-relative .js paths that a script names as string literals and that exist in dist
 * (the client imports Pagefind by a constant path).
 * @param {string} dist @param {string} code
 */
async function namedScripts(dist, code) {
  /** @type {string[]} */
  const found = [];
  for (const [, path = ''] of code.matchAll(/["'`](\/[\w./-]+\.js)["'`]/g)) {
    if (path && !found.includes(path) && (await stat(join(dist, path)).then((info) => info.isFile(), () => false))) found.push(path);
  }
  return found;
}

/** @type {BenchModule} */
export default {
  id: 'search-load',
  title: 'Loaded on opening search (bytes, gzip -9; Pagefind data files as sent)',
  columns: [
    { key: 'resource', label: 'Resource' },
    { key: 'url', label: 'URL' },
    { key: 'when', label: 'Fetched' },
    { key: 'gzip', label: 'Bytes', format: 'bytes' },
  ],
  async run(ctx) {
    const { pages, locales } = await ctx.site();
    /** @type {Row[]} */
    const rows = [];
    const notes = [];
    /** @param {string} resource @param {string} url @param {string} when */
    const add = async (resource, url, when) => {
      const sizes = await fileSizes(join(ctx.dist, url));
      rows.push({ resource, url, when, gzip: sizes.gzip });
      return sizes.gzip;
    };

    // The client: what a page's search button names in data-search-open.
    let client = DEFAULT_CLIENT;
    for (const page of pages) {
      const [named] = pageAssets(await readFile(page.file, 'utf8')).searchOpen;
      if (named) { client = resolveAsset(ctx.dist, page.url, named).url; break; }
    }
    const clientBytes = await add('search client', client, 'on opening search (click or "/")');
    let shared = clientBytes;
    const imported = await namedScripts(ctx.dist, await readFile(join(ctx.dist, client), 'utf8'));
    const pagefindJs = imported.find((path) => path.endsWith('/pagefind.js'));
    for (const path of imported) shared += await add(path === pagefindJs ? 'pagefind.js' : 'imported script', path, 'imported by the client');
    if (!pagefindJs) {
      notes.push(`${client} names no /…/pagefind.js: Pagefind runtime rows left out.`);
      return { rows, notes };
    }

    // Pagefind's init(): entry, its worker (when the browser has Worker), the locale's meta and wasm.
    const bundle = join(ctx.dist, dirname(pagefindJs));
    const bundleUrl = `/${relative(ctx.dist, bundle)}`;
    const pagefindCode = await readFile(join(ctx.dist, pagefindJs), 'utf8');
    shared += await add('pagefind entry', `${bundleUrl}/pagefind-entry.json`, 'pagefind init()');
    if (pagefindCode.includes('pagefind-worker.js')) shared += await add('pagefind worker', `${bundleUrl}/pagefind-worker.js`, 'pagefind init() (Web Worker)');
    const { languages } = await readPagefind(bundle);
    /** @type {Map<string, number>} */
    const wasmBytes = new Map();
    for (const language of languages) {
      const url = `/${relative(ctx.dist, language.wasmFile)}`;
      if (!wasmBytes.has(url)) {
        const users = languages.filter((other) => other.wasmFile === language.wasmFile).map((other) => other.key).join(', ');
        wasmBytes.set(url, await add(`pagefind wasm (${users})`, url, 'pagefind init()'));
      }
    }
    for (const language of languages) {
      await add(`pagefind meta (${language.key})`, `/${relative(ctx.dist, language.metaFile)}`, 'pagefind init()');
    }

    // Totals per locale: Pagefind picks the index by the page's <html lang>, lowercased.
    for (const locale of locales) {
      const home = pages.find((page) => page.type === 'home' && page.locale === locale);
      const lang = home ? (parse(await readFile(home.file, 'utf8')).querySelector('html')?.getAttribute('lang') ?? locale).toLowerCase() : locale;
      const language = languages.find((candidate) => candidate.key === lang) ?? languages.find((candidate) => candidate.key === locale);
      if (!language) { notes.push(`No Pagefind index for locale ${locale} (html lang ${lang}).`); continue; }
      const wasm = wasmBytes.get(`/${relative(ctx.dist, language.wasmFile)}`) ?? 0;
      const meta = (await fileSizes(language.metaFile)).gzip;
      rows.push({ resource: `= total before the first query (${locale})`, url: null, when: 'opening search', gzip: shared + wasm + meta });
    }
    notes.push(
      'Files the page does not load until search opens; .js/.json gzipped here, .pagefind/.pf_meta counted as on disk (Pagefind writes them gzip-compressed).',
      'Each total = client + its imports + entry + worker + that locale\'s wasm and meta; the first query then adds index chunks and result fragments (table above).',
    );
    return { rows, notes };
  },
};
