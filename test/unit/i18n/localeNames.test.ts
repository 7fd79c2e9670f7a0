// A locale is a row of src/config/locales.ts and a folder src/i18n/<key>/ (README: "Adding a
// locale"): no other source file may name one, or adding a locale means finding it there too.
// Names are the table's keys and tags (so a new row is checked as well), found where code names
// a locale: a string literal that is exactly one (TypeScript's parser, so comments and examples
// in them do not count), an attribute or a quoted string of an .astro template, a CSS :lang() or
// [lang=…] selector.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { langOf, locales } from '../../../src/config/locales';

const root = join(import.meta.dirname, '../../..');
const src = join(root, 'src');
const names = new Set<string>([...locales, ...locales.map(langOf)]);
const dictionaryFiles = ['ui.ts', 'sim.ts', 'mail.ts', 'panels.ts', 'practice.ts', 'glossary.ts'];

/** Where a locale may be named: its row and its own folders. */
const ownPlace = (path: string) => path === 'src/config/locales.ts' || locales.some((locale) => path.startsWith(`src/i18n/${locale}/`) || path.startsWith(`src/content/${locale}/`));

/**
 * Files that name a locale for a reason other than registering it, each with the reason. A
 * listed file that no longer names one fails too, so the list only shrinks.
 */
const known: Readonly<Record<string, string>> = {
  'src/config/exampleData.ts': 'example data: Mina Sato, the example colleague, prefers Japanese (typed Locale: removing the locale fails tsc here)',
  'src/config/practiceData.ts': 'example data: Lee Chen, a practice scenario person, prefers Traditional Chinese (typed LanguageId, as above)',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|mjs|astro|css)$/.test(entry.name) ? [path] : [];
  });
}

/** String literals of TypeScript that are exactly a locale name (parsed only where a quoted name appears at all: parsing every file is slow). */
function namesInScript(text: string, fileName: string): string[] {
  const found: string[] = [];
  if (![...text.matchAll(/(["'`])([\w-]+)\1/g)].some((match) => names.has(match[2]!))) return found;
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && names.has(node.text)) found.push(`'${node.text}'`);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS));
  return found;
}

const quotedName = /(["'])([\w-]+)\1/g;
const cssLanguageSelector = /:lang\(([^)]*)\)|\[lang[|~^$*]?=\s*["']?([\w-]+)/gi;

/** Every place a file names a locale. */
function namesIn(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.css')) {
    return [...text.matchAll(cssLanguageSelector)].flatMap((match) => (match[1] ?? match[2] ?? '').split(',').map((name) => name.trim().replace(/^["']|["']$/g, ''))).filter((name) => [...names].some((known) => known.toLowerCase() === name.toLowerCase()));
  }
  if (path.endsWith('.astro')) {
    const [, frontmatter = '', template = text] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const inTemplate = [...template.replace(/<!--[\s\S]*?-->/g, '').matchAll(quotedName)].filter((match) => names.has(match[2]!)).map((match) => match[0]);
    return [...namesInScript(frontmatter, `${path}.ts`), ...inTemplate];
  }
  return namesInScript(text, path);
}

describe('a locale is a row and a folder', () => {
  const files = sourceFiles(src).map((path) => relative(root, path).replaceAll('\\', '/'));

  it('no source file outside the table and the locales’ own folders names a locale', () => {
    const offenders = files.filter((path) => !ownPlace(path) && !(path in known)).flatMap((path) => namesIn(join(root, path)).map((name) => `${path}: ${name}`));
    expect(offenders).toEqual([]);
  });

  it('each file on the known list still names a locale (else it leaves the list)', () => {
    for (const path of Object.keys(known)) expect(namesIn(join(root, path)), path).not.toEqual([]);
  });

  it('finds a locale named in code, and not in a comment or an example', () => {
    expect(namesInScript("const a = 'ja'; // 'en'\n/** @example f('zh-tw') */", 'x.ts')).toEqual(["'ja'"]);
    expect(namesInScript("const b = <p lang=\"zh-TW\">don't</p>;", 'x.tsx')).toEqual(["'zh-TW'"]);
    expect(namesInScript("import x from '../en/sim'; const c = 'english';", 'x.ts')).toEqual([]);
  });

  it('every row has its folder of strings, and every folder of strings is a row', () => {
    const i18n = join(src, 'i18n');
    const folders = readdirSync(i18n, { withFileTypes: true }).filter((entry) => entry.isDirectory() && readdirSync(join(i18n, entry.name)).includes('ui.ts'));
    expect(folders.map((entry) => entry.name).sort()).toEqual([...locales].sort());
    for (const locale of locales) expect(readdirSync(join(i18n, locale)).sort(), locale).toEqual(expect.arrayContaining(dictionaryFiles));
  });
});
