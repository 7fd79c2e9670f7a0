// Adds the pseudo-locale `qps-ploc` to a copy of the site exactly as the README's "Adding a
// locale" recipe says a translator adds one: a row in src/config/locales.ts, a folder of strings
// src/i18n/qps-ploc/ and the guide's pages in content/qps-ploc/, here generated from English
// (pseudoText.mjs). Nothing else is touched: if the site needs more, the recipe is wrong and the
// pseudo-locale test (npm run test:pseudo) fails.
// Run with the TypeScript hook: node --import ./scripts/lib/registerTs.mjs scripts/pseudo-locale/addLocale.mjs <copy>
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { guideMdxPlugin } from '../prose/guideMdx.mjs';
import { pseudoText } from './pseudoText.mjs';

export const pseudoLocale = 'qps-ploc';

/** The row, in the table's own words (src/config/locales.ts explains each field). */
const row = `  '${pseudoLocale}': { lang: '${pseudoLocale}', label: '${pseudoText('Pseudo')}', labelQuotes: null, browserLanguages: ['qps'], script: 'latin', phraseModel: null, spacesBetweenWords: true },\n`;
const tableEnd = '} as const satisfies Record<string, LocaleInfo>;';

/** @param {string} root */
async function addRow(root) {
  const path = join(root, 'src/config/locales.ts');
  const table = await readFile(path, 'utf8');
  if (!table.includes(tableEnd)) throw new Error(`${path}: the locale table's end (${tableEnd}) is not where the recipe says`);
  await writeFile(path, table.replace(tableEnd, row + tableEnd));
}

/** @param {unknown} value @returns {unknown} every string of a dictionary pseudo-localized */
const pseudoStrings = (value) =>
  typeof value === 'string' ? pseudoText(value) : Object.fromEntries(Object.entries(/** @type {object} */ (value)).map(([key, text]) => [key, pseudoStrings(text)]));

/** A glossary entry: its own spelling pseudo-localized, a portal label's key kept; no variants or synonyms (nobody types pseudo-English). */
const pseudoTerm = (/** @type {{ term?: string, label?: string }} */ entry) => ('term' in entry ? { term: pseudoText(entry.term ?? '') } : { label: entry.label });

/** @param {string} root */
async function addStrings(root) {
  const folder = join(root, 'src/i18n', pseudoLocale);
  await mkdir(folder, { recursive: true });
  for (const file of ['ui', 'sim', 'mail', 'panels', 'practice', 'glossary']) {
    const english = (await import(pathToFileURL(join(root, 'src/i18n/en', `${file}.ts`)).href))[file];
    const strings = file === 'glossary' ? Object.fromEntries(Object.entries(english).map(([id, entry]) => [id, pseudoTerm(entry)])) : pseudoStrings(english);
    await writeFile(join(folder, `${file}.ts`), `// Generated from English by scripts/pseudo-locale/addLocale.mjs.\nexport const ${file} = ${JSON.stringify(strings, null, 2)};\n`);
  }
}

const markdownBrackets = { open: '\\[', close: '\\]' };
const frontmatterText = /^(title|navLabel|description):[ \t]*(.*)$/gm;

/**
 * An English page pseudo-localized in its text only: the MDX parser (remark-mdx, inside
 * textlint-plugin-mdx, as the prose lint reads pages) finds the text nodes, and only their source
 * changes; components, their props, heading ids, links and code stay byte for byte.
 * @param {string} source
 */
export function pseudoPage(source) {
  const document = new guideMdxPlugin.Processor({}).processor('.mdx').preProcess(source, 'page.mdx');
  /** @type {[number, number][]} */
  const texts = [];
  const visit = (/** @type {{ type: string, range: [number, number], children?: unknown[] }} */ node) => {
    if (node.type === 'Str') texts.push(node.range);
    else if (node.type !== 'Code' && node.type !== 'CodeBlock') (node.children ?? []).forEach((child) => visit(/** @type {never} */ (child)));
  };
  visit(document);
  let page = source;
  for (const [start, end] of texts.sort((a, b) => b[0] - a[0])) page = page.slice(0, start) + pseudoText(page.slice(start, end), markdownBrackets) + page.slice(end);
  const [, frontmatter = '', body = page] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(page) ?? [];
  const translated = frontmatter
    .replace(frontmatterText, (_line, key, value) => `${key}: ${JSON.stringify(pseudoText(value.replace(/^(["'])(.*)\1$/, '$2')))}`)
    .replace(/^revision:/m, 'follows:');
  return translated + body;
}

/** @param {string} root */
async function addPages(root) {
  const folder = join(root, 'content', pseudoLocale);
  await mkdir(folder, { recursive: true });
  for (const name of (await readdir(join(root, 'content/en'))).filter((file) => file.endsWith('.mdx'))) {
    await writeFile(join(folder, name), pseudoPage(await readFile(join(root, 'content/en', name), 'utf8')));
  }
}

// Run as a script (not when a test imports `pseudoLocale` or `pseudoPage`).
const root = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href ? process.argv[2] : undefined;
if (root) {
  await addRow(root);
  await addStrings(root);
  await addPages(root);
  console.log(`pseudo-locale: ${pseudoLocale} added to ${root} (a row, src/i18n/${pseudoLocale}/, content/${pseudoLocale}/)`);
}
