// The prose linter behind `npm run lint`: textlint over the guide's pages with each language's
// rules (prose/textlintrc.<locale>.yml), and the same prh dictionary over every string the
// simulator, its mails, the panels and the site's chrome show, and over each page's title and
// description. Each function returns textlint results, so one formatter prints them all.
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLinter, loadTextlintrc } from 'textlint';
import { locales } from '../../src/i18n/locales.ts';
import { guideMdxPlugin } from './guideMdx.mjs';
import { glossaryConflicts } from './prhDictionary.mjs';

/** @typedef {import('@textlint/types').TextlintResult} TextlintResult */
/** @typedef {import('@textlint/types').TextlintMessage} TextlintMessage */

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The dictionaries whose strings are linted; the folder's name is their language (src/i18n/<locale>/). */
export const dictionaryFiles = locales.flatMap((locale) => ['sim', 'mail', 'panels', 'ui', 'practice'].map((file) => `src/i18n/${locale}/${file}.ts`));

/** @type {Map<string, Promise<{ pages: ReturnType<typeof createLinter>, strings: ReturnType<typeof createLinter> }>>} */
const linters = new Map();

/**
 * A language's two linters: every rule of its config for the pages; only prh for strings,
 * which are labels and fragments, not the paragraphs the Japanese preset is written for.
 * @param {string} locale
 */
function lintersFor(locale) {
  let loaded = linters.get(locale);
  if (!loaded) {
    loaded = loadTextlintrc({ configFilePath: join(repoRoot, `prose/textlintrc.${locale}.yml`) }).then((descriptor) => {
      const { plugins, rules } = descriptor.toKernelOptions();
      const withIds = descriptor.shallowMerge({ plugins: plugins.map((plugin) => (plugin.pluginId === 'mdx' ? { ...plugin, plugin: guideMdxPlugin } : plugin)) });
      return {
        pages: createLinter({ descriptor: withIds, cwd: repoRoot }),
        strings: createLinter({ descriptor: withIds.shallowMerge({ rules: rules.filter((rule) => rule.ruleId === 'prh') }), cwd: repoRoot }),
      };
    });
    linters.set(locale, loaded);
  }
  return loaded;
}

/**
 * prh puts the dictionary's note on a line of its own, which breaks the formatter's columns:
 * `購買アカウント管理者 => 購入アカウント管理者 (glossary term …)` reads as one line.
 * @param {TextlintMessage} message
 * @returns {TextlintMessage}
 */
const oneLine = (message) => (message.ruleId === 'prh' ? { ...message, message: message.message.replace(/\s*\n\s*/g, ' ') } : message);

/**
 * A message placed at `[start, end)` of a file's text, in both of textlint's ways (1-based).
 * @param {string} source @param {number} start @param {number} end
 * @returns {Pick<TextlintMessage, 'index' | 'line' | 'column' | 'range' | 'loc'>}
 */
function placedAt(source, start, end) {
  const at = (/** @type {number} */ index) => {
    const lines = source.slice(0, index).split('\n');
    return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
  };
  const loc = { start: at(start), end: at(end) };
  return { index: start, line: loc.start.line, column: loc.start.column, range: [start, end], loc };
}

/**
 * Lints one string as prose and places its messages in its file, prefixed with `key`.
 * @param {string} locale @param {string} key @param {string} value
 * @param {string} source the file's text @param {number} offset where the string's text begins in it
 * @returns {Promise<TextlintMessage[]>}
 */
async function lintString(locale, key, value, source, offset) {
  const { strings } = await lintersFor(locale);
  const { messages } = await strings.lintText(value, 'string.txt');
  return messages.map((message) => {
    const { fix: _fix, ...rest } = message; // a fix's range is the string's, not the file's
    const placed = placedAt(source, offset + message.range[0], offset + message.range[1]);
    return oneLine({ ...rest, ...placed, message: `${key}: ${message.message}` });
  });
}

const frontmatterKeys = /^(title|navLabel|description):[ \t]*(["']?)(.*?)\2[ \t]*$/gm;

/** @param {string} locale @param {string} source an MDX page @returns {Promise<TextlintMessage[]>} its title, navigation label and description, linted */
async function lintFrontmatter(locale, source) {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[0] ?? '';
  const messages = [];
  for (const match of frontmatter.matchAll(frontmatterKeys)) {
    const [line, key = '', quote = '', value = ''] = match;
    const offset = match.index + line.indexOf(value, key.length + 1 + quote.length);
    messages.push(...(await lintString(locale, `front matter ${key}`, value, source, offset)));
  }
  return messages;
}

/** @param {TextlintMessage} a @param {TextlintMessage} b */
const byPosition = (a, b) => a.loc.start.line - b.loc.start.line || a.loc.start.column - b.loc.start.column;

/**
 * Every page of one language under `contentDir/<locale>/`, with that language's rules.
 * @param {string} contentDir from the repository root: `content`, or a fixture folder
 * @param {string} locale
 * @returns {Promise<TextlintResult[]>}
 */
export async function lintPages(contentDir, locale) {
  const dir = join(repoRoot, contentDir, locale);
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.mdx')).sort().map((file) => join(dir, file));
  const { pages } = await lintersFor(locale);
  const results = await pages.lintFiles(files);
  for (const result of results) {
    const frontmatter = await lintFrontmatter(locale, await readFile(result.filePath, 'utf8'));
    result.messages = [...result.messages.map(oneLine), ...frontmatter].sort(byPosition);
  }
  return results;
}

/** @param {unknown} value @param {string} prefix @returns {[string, string][]} every string in a dictionary, by its key */
function stringEntries(value, prefix = '') {
  if (typeof value === 'string') return [[prefix, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => stringEntries(inner, prefix ? `${prefix}.${key}` : key));
}

/**
 * @param {string} source @param {string} key
 * @returns {number} where the key's string value starts in the file (exact unless it has escapes)
 */
function valueOffset(source, key) {
  const keyAt = [`'${key}'`, `"${key}"`, `${key}:`].map((written) => source.indexOf(written)).find((index) => index >= 0) ?? 0;
  const quote = /:\s*(['"`])/.exec(source.slice(keyAt));
  return quote ? keyAt + quote.index + quote[0].length : keyAt;
}

/**
 * Every string value of dictionary modules (TypeScript, each exporting its strings), each linted
 * with the prh dictionary of the module's language, its file name (`ja.ts`).
 * @param {readonly string[]} files from the repository root
 * @returns {Promise<TextlintResult[]>}
 */
export async function lintDictionaries(files) {
  const results = [];
  for (const file of files) {
    const path = join(repoRoot, file);
    const locale = basename(dirname(file));
    const [source, module] = await Promise.all([readFile(path, 'utf8'), import(pathToFileURL(path).href)]);
    const messages = [];
    // Each dictionary module exports one value, its strings (the types are gone at run time).
    for (const [key, value] of stringEntries(Object.values(module)[0])) messages.push(...(await lintString(locale, key, value, source, valueOffset(source, key))));
    results.push({ filePath: path, messages: messages.sort(byPosition) });
  }
  return results;
}

/**
 * The glossary checked against itself (see glossaryConflicts), as results on its files.
 * @param {Record<string, readonly import('./prhDictionary.mjs').GlossaryTerm[]>} termsByLocale
 * @returns {Promise<TextlintResult[]>}
 */
export async function lintGlossary(termsByLocale) {
  const results = [];
  for (const [locale, terms] of Object.entries(termsByLocale)) {
    const filePath = join(repoRoot, `src/i18n/${locale}/glossary.ts`);
    const source = await readFile(filePath, 'utf8');
    const messages = glossaryConflicts(terms).map(({ id, message }) => {
      const index = [`'${id}':`, `${id}:`].map((written) => source.indexOf(written)).find((at) => at >= 0) ?? 0;
      return /** @type {TextlintMessage} */ ({ type: 'lint', ruleId: 'glossary', message, severity: 2, ...placedAt(source, index, index + id.length) });
    });
    results.push({ filePath, messages });
  }
  return results;
}

