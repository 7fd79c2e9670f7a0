// Bytes of Pagefind's search index per language.
import { join } from 'node:path';
import { fileSizes } from '../gzip.mjs';
import { readPagefind } from '../pagefind.mjs';

/** @typedef {import('../types.mjs').BenchModule} BenchModule */

/** @param {string[]} files */
async function total(files) {
  let bytes = 0;
  for (const file of files) bytes += (await fileSizes(file)).gzip;
  return bytes;
}

/** @type {BenchModule} */
export default {
  id: 'search-index',
  title: 'Search index per locale (bytes as sent; Pagefind writes them gzip-compressed)',
  columns: [
    { key: 'language', label: 'Locale' },
    { key: 'pages', label: 'Pages', format: 'bytes' },
    { key: 'metaBytes', label: 'pf_meta', format: 'bytes' },
    { key: 'indexChunks', label: 'Index chunks', format: 'bytes' },
    { key: 'indexBytes', label: 'pf_index', format: 'bytes' },
    { key: 'indexPlusMeta', label: 'Index + meta', format: 'bytes' },
    { key: 'fragments', label: 'Fragments', format: 'bytes' },
    { key: 'fragmentBytes', label: 'pf_fragment', format: 'bytes' },
    { key: 'totalBytes', label: 'All', format: 'bytes' },
  ],
  async run(ctx) {
    const { version, languages } = await readPagefind(join(ctx.dist, 'pagefind'));
    // In the site's locale order (the chooser's), then any other language Pagefind found.
    const { locales } = await ctx.site();
    const rank = (/** @type {string} */ key) => { const i = locales.indexOf(key); return i === -1 ? locales.length : i; };
    languages.sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
    const rows = [];
    for (const language of languages) {
      const metaBytes = await total([language.metaFile]);
      const indexBytes = await total(language.indexFiles);
      const fragmentBytes = await total(language.fragmentFiles);
      rows.push({
        language: language.key, pages: language.pageCount,
        metaBytes, indexChunks: language.indexFiles.length, indexBytes, indexPlusMeta: metaBytes + indexBytes,
        fragments: language.fragmentFiles.length, fragmentBytes, totalBytes: metaBytes + indexBytes + fragmentBytes,
      });
    }
    return {
      rows,
      notes: [
        `Pagefind ${version}, languages from dist/pagefind/pagefind-entry.json. Counted per locale: pagefind.<hash>.pf_meta, all index/<locale>_*.pf_index chunks, all fragment/<locale>_*.pf_fragment (one per page).`,
        'Sizes are bytes on disk, already gzip: what the server sends. A search fetches the meta, only the index chunks its words need, and the fragments of the results it shows, so "All" is an upper bound. The wasm runtime is in the search-loading table.',
      ],
    };
  },
};
