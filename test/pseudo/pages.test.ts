// The pseudo-locale build (`npm run test:pseudo`: scripts/pseudo-locale/build.mjs adds `qps-ploc`
// to a copy of the site as the README's recipe adds a locale, into dist-pseudo/): every route
// the default locale has exists in it, and no text a reader sees or hears holds English that
// escaped translation (plain ASCII words: pseudo-localized text is accented and bracketed).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement, type Node, NodeType } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { defaultLocale } from '../../src/config/locales';
import { pseudoLocale } from '../../scripts/pseudo-locale/addLocale.mjs';
import { englishIn } from './english';

const dist = join(import.meta.dirname, '../..', process.env['PSEUDO_DIST'] ?? 'dist-pseudo');

function pages(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? pages(join(dir, entry.name)) : entry.name === 'index.html' ? [join(dir, entry.name)] : []));
}

/** Text that is code or data, not words: never translated. */
const notProse = new Set(['script', 'style', 'code', 'kbd', 'samp', 'pre', 'template', 'svg']);
const spokenAttributes = ['aria-label', 'alt', 'title', 'placeholder', 'aria-description'];


function untranslated(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const words = englishIn(node.text);
      if (words.length > 0) found.push(node.text.trim());
      return;
    }
    const element = node as HTMLElement;
    if (element.rawTagName && notProse.has(element.rawTagName.toLowerCase())) return;
    for (const name of spokenAttributes) {
      const value = element.getAttribute?.(name);
      if (value && englishIn(value).length > 0) found.push(`${name}="${value}"`);
    }
    node.childNodes.forEach(visit);
  };
  visit(parse(html, { comment: false }).querySelector('body') ?? parse(html));
  return found;
}

describe(`the pseudo-locale ${pseudoLocale}, added as the recipe adds a locale`, () => {
  const englishPages = pages(join(dist, defaultLocale)).map((path) => relative(join(dist, defaultLocale), path));
  const pseudoPages = pages(join(dist, pseudoLocale));

  it('builds every route the default locale has', () => {
    expect(englishPages.length).toBeGreaterThan(10);
    expect(pseudoPages.map((path) => relative(join(dist, pseudoLocale), path)).sort()).toEqual([...englishPages].sort());
  });

  it('shows no English that escaped translation on any of its pages', () => {
    const problems = pseudoPages.flatMap((path) => untranslated(readFileSync(path, 'utf8')).map((text) => `${relative(dist, path)}: ${text}`));
    expect(problems).toEqual([]);
  });

  it('tells English from pseudo-English', () => {
    expect(englishIn('[Šîĝñ îñ ·]')).toEqual([]);
    expect(englishIn('Roles of Mina Sato, harry@contoso.com, contoso.com, November')).toEqual(['Roles']);
    expect(untranslated('<body><p>[Ŕöļéš]</p><p>Sign in</p><code>npm run</code><button aria-label="Close">×</button></body>')).toEqual(['Sign in', 'aria-label="Close"']);
  });
});
