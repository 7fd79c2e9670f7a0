// What an HTML page makes the browser load before any interaction: stylesheets and scripts.
import { parse } from 'node-html-parser';

/** Script types that a browser runs as JavaScript (anything else, e.g. JSON, is data). */
export const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

/**
 * @typedef {object} PageAssets
 * @property {string[]} stylesheets  href of each `<link rel="stylesheet">`.
 * @property {string[]} scripts      src of each `<script src>` that runs, and of each `<link rel="modulepreload">`.
 * @property {string[]} inlineScripts  Text of each inline `<script>` that runs (JSON and other data left out).
 * @property {number} dataScripts    Inline scripts left out as data (JSON, importmap, speculation rules...).
 * @property {string[]} searchOpen   Values of `data-search-open` (script loaded when search opens).
 */

/**
 * Lists the assets an HTML document links.
 * @param {string} html
 * @returns {PageAssets}
 */
export function pageAssets(html) {
  const doc = parse(html, { blockTextElements: { script: true, style: true, noscript: true, pre: true } });
  /** @type {PageAssets} */
  const assets = { stylesheets: [], scripts: [], inlineScripts: [], dataScripts: 0, searchOpen: [] };
  for (const link of doc.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href');
    if (!href) continue;
    if (rel.includes('stylesheet')) assets.stylesheets.push(href);
    else if (rel.includes('modulepreload')) assets.scripts.push(href);
  }
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    const src = script.getAttribute('src');
    if (!JS_TYPES.has(type)) {
      if (!src) assets.dataScripts += 1;
      continue;
    }
    if (src) assets.scripts.push(src);
    else assets.inlineScripts.push(script.rawText);
  }
  for (const element of doc.querySelectorAll('[data-search-open]')) {
    const value = element.getAttribute('data-search-open');
    if (value && !assets.searchOpen.includes(value)) assets.searchOpen.push(value);
  }
  return assets;
}
