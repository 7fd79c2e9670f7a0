// Builds the Pagefind search index of dist/ (one index per language, from <html lang>).
// Each page goes to Pagefind with its sections' glossary synonyms added (sectionSynonyms.mjs)
// and, in Chinese and Japanese, its word boundaries marked (segmentText.mjs); the pages in
// dist/ stay as built. Run by `npm run build` after `astro build`.
// Usage: node scripts/search-index/build.mjs [dir]   (default: OUT_DIR, else dist)
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { glossary } from './loadGlossary.mjs';
import { addSectionSynonyms } from './sectionSynonyms.mjs';
import { subheadingsWithoutIds } from './guideSections.mjs';
import { segmentPage } from './segmentText.mjs';
import { markPartnerPage } from './audience.mjs';

// The build's folder: `dist`, or another given as the first argument or OUT_DIR (as astro.config.mjs reads it).
const site = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';

/** @param {string} dir @returns {Promise<string[]>} */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
let pages = 0;
let sectionsWithSynonyms = 0;
for (const file of await htmlFiles(site)) {
  // Without the pages' phrase breaks (src/phrases/): a <wbr> would cut a word in two for the segmenter.
  const page = (await readFile(file, 'utf8')).replaceAll('<wbr>', '');
  const html = markPartnerPage(subheadingsWithoutIds(page), glossary.sectionIds);
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1]?.toLowerCase() ?? '';
  const locale = glossary.localeOfLang[lang];
  const withSynonyms = locale ? addSectionSynonyms(html, glossary.terms[locale] ?? [], glossary.sectionIds) : { html, added: [] };
  sectionsWithSynonyms += withSynonyms.added.length;
  const added = await index.addHTMLFile({ sourcePath: relative(site, file), content: segmentPage(withSynonyms.html) });
  if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('; ')}`);
  pages += 1;
}
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`search index: ${pages} pages read into ${join(site, 'pagefind')}, synonyms added to ${sectionsWithSynonyms} sections`);
