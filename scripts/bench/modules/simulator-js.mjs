// JavaScript the portal simulator pages load: every script file they start (<script src>,
// modulepreload, astro-island component-url/renderer-url), followed through its static imports
// in dist/_astro, plus inline scripts; measured against the simulator's budget of 100 KB gzip.
import { Buffer } from 'node:buffer';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSize } from '../gzip.mjs';
import { discoverLocales } from '../site.mjs';

/** @typedef {import('../types.mjs').BenchModule} BenchModule */

/** The issue's budget: at most 100 KB of gzip JavaScript in total on a simulator page. */
export const BUDGET = 100 * 1024;

const attr = (tag, name) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];

/** Script files a page starts, and the text of its inline scripts. @param {string} html */
export function entryPoints(html) {
  const files = new Set();
  const inline = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attr(match[1] ?? '', 'src');
    if (src) files.add(src);
    else if (!/type="application\/(ld\+)?json"/.test(match[1] ?? '')) inline.push(match[2] ?? '');
  }
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) files.add(attr(match[0], 'href') ?? '');
  for (const match of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = attr(match[0], name);
      if (url) files.add(url);
    }
  }
  return { files: [...files].filter(Boolean), inline };
}

/** Relative imports of a bundled module: static ones load with it, dynamic ones on demand. @param {string} code */
export function importsOf(code) {
  const staticImports = [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1] ?? '');
  const exportsFrom = [...code.matchAll(/export\s*(?:\*|\{[^}]*\})\s*from\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1] ?? '');
  const dynamic = [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1] ?? '');
  return { static: [...staticImports, ...exportsFrom], dynamic };
}

/** Every file loaded at start from `entries` (site paths), with gzip sizes; lazy chunks apart. */
async function closure(dist, entries) {
  const loaded = new Map();
  const lazy = new Set();
  const queue = [...entries];
  while (queue.length) {
    const url = queue.shift() ?? '';
    if (loaded.has(url)) continue;
    const file = join(dist, url);
    if (!existsSync(file)) throw new Error(`missing script ${url}`);
    const code = await readFile(file, 'utf8');
    loaded.set(url, { raw: Buffer.byteLength(code), gzip: gzipSize(code) });
    const base = dirname(url);
    const imports = importsOf(code);
    for (const rel of imports.static) queue.push(join(base, rel));
    for (const rel of imports.dynamic) lazy.add(join(base, rel));
  }
  for (const url of loaded.keys()) lazy.delete(url);
  return { loaded, lazy: [...lazy] };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @type {BenchModule} */
export default {
  id: 'simulator-js',
  title: 'Simulator pages: JavaScript loaded on opening (budget 100 KB gzip)',
  columns: [
    { key: 'url', label: 'URL' },
    { key: 'files', label: 'Files' },
    { key: 'raw', label: 'Raw', format: 'bytes' },
    { key: 'inlineGzip', label: 'Inline (gzip)', format: 'bytes' },
    { key: 'gzip', label: 'Total (gzip)', format: 'bytes' },
    { key: 'budget', label: 'Budget', format: 'bytes' },
    { key: 'verdict', label: 'Within budget' },
    { key: 'onDemand', label: 'On demand (gzip)', format: 'bytes' },
  ],
  async run(ctx) {
    const locales = await discoverLocales(ctx.dist);
    const rows = [];
    const notes = [];
    const details = {};
    for (const locale of locales) {
      for (const url of [`/${locale}/simulator/`, `/${locale}/simulator/partner/`]) {
        const htmlFile = join(ctx.dist, url, 'index.html');
        if (!existsSync(htmlFile)) continue;
        const { files, inline } = entryPoints(await readFile(htmlFile, 'utf8'));
        // The page's own dictionary is a dynamic chunk the page loads at once (islands/mount.tsx).
        const first = await closure(ctx.dist, files);
        const ownDictionary = first.lazy.filter((url) => new RegExp(`^${locale}[.-]`).test(url.split("/").pop() ?? ""));
        const { loaded, lazy } = ownDictionary.length ? await closure(ctx.dist, [...files, ...ownDictionary]) : first;
        const inlineGzip = inline.length ? gzipSize(inline.join('\n')) : 0;
        const sizes = [...loaded.values()];
        const gzip = sizes.reduce((sum, size) => sum + size.gzip, 0) + inlineGzip;
        rows.push({
          url, files: loaded.size, raw: sizes.reduce((sum, size) => sum + size.raw, 0), inlineGzip, gzip, budget: BUDGET,
          verdict: gzip <= BUDGET ? 'yes' : `no (+${kb(gzip - BUDGET)})`, onDemand: null,
        });
        // Everything the on-demand chunks bring with them (their own static imports too).
        const later = await closure(ctx.dist, lazy);
        let onDemand = 0;
        for (const [chunk, size] of later.loaded) if (!loaded.has(chunk)) onDemand += size.gzip;
        details[url] = { files: Object.fromEntries(loaded), lazy, onDemandGzip: onDemand };
        const row = rows[rows.length - 1];
        if (row) row['onDemand'] = onDemand;
      }
    }
    if (rows.length === 0) return { skipped: 'no simulator page in dist' };
    const first = Object.values(details)[0];
    if (first) {
      const largest = Object.entries(first.files).sort((a, b) => b[1].gzip - a[1].gzip).slice(0, 4);
      notes.push(`Largest files on ${rows[0]?.url}: ${largest.map(([url, size]) => `${url.split('/').pop()} ${kb(size.gzip)}`).join(', ')}.`);
    }
    notes.push('Files: script files started by the HTML, everything they import statically, and the page locale’s dictionary (loaded at once); other chunks load on demand (screens with state machines, other languages’ dictionaries for mail) and are listed in the JSON, not counted.');
    return { rows, notes, details };
  },
};
