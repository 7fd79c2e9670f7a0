// Builds the Pagefind search index of dist/ (one index per language, from <html lang>),
// after marking word boundaries in Chinese and Japanese pages: see segmentText.mjs.
// Run by `npm run build` after `astro build`.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { segmentPage } from './segmentText.mjs';

const site = 'dist';

/** @param {string} dir @returns {Promise<string[]>} */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
let pages = 0;
for (const file of await htmlFiles(site)) {
  const content = segmentPage(await readFile(file, 'utf8'));
  const added = await index.addHTMLFile({ sourcePath: relative(site, file), content });
  if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('; ')}`);
  pages += 1;
}
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${pages} pages read into ${join(site, 'pagefind')}`);
