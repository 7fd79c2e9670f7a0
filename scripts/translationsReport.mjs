// The status of every translated page against its English twin, read from a content root
// (`content/` or a test fixture): the table `npm run translations` prints. The comparison is
// the build's own (src/guide/translationStatus.ts), so a Node script needs
// `--import ./scripts/lib/registerTs.mjs`; vitest needs nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, locales } from '../src/config/locales.ts';
import { revisionProblems, translationStatus } from '../src/guide/translationStatus.ts';

/**
 * @typedef {import('../src/guide/translationStatus.ts').RevisionFields} RevisionFields
 * @typedef {import('../src/guide/translationStatus.ts').TranslationStatus} TranslationStatus
 * @typedef {{ slug: string, english: RevisionFields, status: Record<string, TranslationStatus> }} ReportRow
 * @typedef {{ root: string, rows: ReportRow[], problems: string[] }} Report
 */

/**
 * The revision fields of a page's front matter: flat `key: value` lines, which is all the
 * guide's front matter holds (the build parses it fully, with the schema).
 * @param {string} text an MDX page
 * @param {string} file where it is, for problems
 * @param {string[]} problems filled with what cannot be read
 * @returns {RevisionFields}
 */
export function revisionFields(text, file, problems) {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  /** @type {Record<string, string>} */
  const values = {};
  for (const match of block.matchAll(/^([A-Za-z]\w*):[ \t]*(["']?)(.*?)\2[ \t]*$/gm)) values[match[1] ?? ''] = match[3] ?? '';
  /** @param {string} key */
  const whole = (key) => {
    const raw = values[key];
    if (raw === undefined) return undefined;
    if (/^[1-9]\d*$/.test(raw)) return Number(raw);
    problems.push(`${file}: "${key}: ${raw}" is not a whole number from 1`);
    return undefined;
  };
  const updated = new Date(values['updated'] ?? '');
  if (Number.isNaN(updated.getTime())) problems.push(`${file}: no "updated" date`);
  return { revision: whole('revision'), follows: whole('follows'), updated };
}

/** @param {string} dir @returns {Map<string, string>} slug ('' for the home page) → file */
function pagesIn(dir) {
  if (!existsSync(dir)) return new Map();
  const names = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
  return new Map(names.map((name) => [name === 'index.mdx' ? '' : name.slice(0, -'.mdx'.length), join(dir, name)]));
}

/**
 * Every English page with each other locale's status, and every problem with the revision
 * fields (the same ones that fail the build).
 * @param {string} root the content root, holding one folder per locale
 * @returns {Report}
 */
export function translationsReport(root) {
  /** @type {string[]} */
  const problems = [];
  /** @param {string} locale */
  const read = (locale) => {
    /** @type {Map<string, RevisionFields>} */
    const pages = new Map();
    for (const [slug, file] of pagesIn(join(root, locale))) {
      const name = `${locale}/${slug || 'index'}.mdx`;
      pages.set(slug, revisionFields(readFileSync(file, 'utf8'), name, problems));
    }
    return pages;
  };
  const english = read(defaultLocale);
  for (const [slug, page] of english) problems.push(...revisionProblems(`${defaultLocale}/${slug || 'index'}.mdx`, page));
  /** @type {ReportRow[]} */
  const rows = [...english].map(([slug, page]) => ({ slug, english: page, status: {} }));
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    const translated = read(locale);
    for (const [slug, page] of translated) {
      const twin = english.get(slug);
      const name = `${locale}/${slug || 'index'}.mdx`;
      if (twin) problems.push(...revisionProblems(name, page, twin));
      else problems.push(`${name} has no English twin`);
    }
    for (const row of rows) row.status[locale] = translationStatus(row.english, translated.get(row.slug));
  }
  return { root, rows, problems };
}

/** @param {Date} date */
const day = (date) => (Number.isNaN(date.getTime()) ? '?' : date.toISOString().slice(0, 10));

/** @param {TranslationStatus} status @returns {string} one cell of the table */
export function statusCell(status) {
  if (status.state === 'up-to-date') return 'up to date';
  if (status.state === 'missing') return 'missing (shows English)';
  return `behind by ${status.by} (follows ${status.follows})`;
}

/**
 * The report as a table, page × locale, with the English revision and date, then a count per
 * locale and the problems.
 * @param {Report} report
 * @returns {string}
 */
export function formatReport({ root, rows, problems }) {
  const others = locales.filter((l) => l !== defaultLocale);
  const header = ['page', `${defaultLocale} (revision, updated)`, ...others];
  const body = rows.map((row) => [row.slug || 'index', `${row.english.revision ?? '?'}, ${day(row.english.updated)}`, ...others.map((l) => statusCell(/** @type {TranslationStatus} */ (row.status[l])))]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => (cells[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const counts = others.map((locale) => {
    /** @type {Record<string, number>} */
    const count = { 'up-to-date': 0, behind: 0, missing: 0 };
    for (const row of rows) count[row.status[locale]?.state ?? 'missing'] += 1;
    return `${locale}: ${count['up-to-date']} up to date, ${count['behind']} behind, ${count['missing']} missing`;
  });
  return [
    `Translations against English in ${root}/`,
    '',
    line(header),
    ...body.map(line),
    '',
    ...counts,
    ...(problems.length > 0 ? ['', `${problems.length} problem${problems.length === 1 ? '' : 's'} (these fail the build):`, ...problems.map((p) => `  ${p}`)] : []),
  ].join('\n');
}
