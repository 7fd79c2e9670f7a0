import { describe, expect, it } from 'vitest';
import type { Node } from 'node-html-parser';
import { localeInfo, type Locale } from '../../src/i18n/locales';
import { guidePaths, page, siteBase } from '../support/site';

/**
 * How the Chinese and Japanese guide pages set portal labels, cross-references and the heading
 * links' names, as the language review asked (M-Z1, M-J1, M-J2, L-Z7, L-J10): the locale's own
 * quotation marks, no half-width space against Chinese or Japanese text, 「」 around a quoted
 * title, a full-width colon.
 */
const cjkLocales = ['zh-tw', 'ja'] as const satisfies readonly Locale[];
const pagesOf = (locale: Locale) => guidePaths().filter((path) => path.startsWith(`${siteBase}${locale}/`));

/** A Han, kana or full-width punctuation character: text a half-width space must not touch. */
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60]/u;

/** The text of a node's siblings before and after it, inside its parent (a `<wbr>` has none). */
function around(node: Node): { before: string; after: string } {
  const siblings = node.parentNode?.childNodes ?? [];
  const at = siblings.indexOf(node);
  const text = (nodes: Node[]) => nodes.map((each) => each.textContent).join('');
  return { before: text(siblings.slice(0, at)), after: text(siblings.slice(at + 1)) };
}

describe.each(cjkLocales)('the built %s guide pages set labels and titles the language’s way', (locale) => {
  const [open, close] = localeInfo[locale].labelQuotes ?? ['', ''];
  const paths = pagesOf(locale);
  const labels = paths.flatMap((path) => page(path).querySelectorAll('main .portal-label').map((label) => ({ path, label })));

  it('the pages quote portal labels (the checks below are not empty)', () => {
    expect(paths.length).toBeGreaterThan(5);
    expect(labels.length).toBeGreaterThan(20);
  });

  it(`every portal label is in ${open}…${close}, each step of a menu path too, and not bold`, () => {
    const quoted = new RegExp(`^${open}[^${open}${close}]+${close}(›${open}[^${open}${close}]+${close})*$`, 'u');
    const wrong = labels.filter(({ label }) => !quoted.test(label.textContent) || label.tagName === 'STRONG').map(({ path, label }) => `${path}: <${label.tagName.toLowerCase()}>${label.textContent}`);
    expect(wrong).toEqual([]);
  });

  it('no half-width space sits between a label and the Chinese or Japanese text beside it', () => {
    const spaced = labels.flatMap(({ path, label }) => {
      // A label that is a link's whole text (the partners page) sits beside the text as the link.
      const parent = label.parentNode;
      const inline = parent?.tagName === 'A' && parent.textContent === label.textContent ? parent : label;
      const { before, after } = around(inline);
      const problems = [];
      if (/[ \t\n]$/.test(before) && cjk.test(before.trimEnd().at(-1) ?? '')) problems.push(`${path}: “${before.trimEnd().slice(-8)} ${label.textContent}”`);
      if (/^[ \t\n]/.test(after) && cjk.test(after.trimStart().at(0) ?? '')) problems.push(`${path}: “${label.textContent} ${after.trimStart().slice(0, 8)}”`);
      return problems;
    });
    expect(spaced).toEqual([]);
  });

  it('each heading’s link is named with a full-width colon before the heading’s text', () => {
    const anchors = paths.flatMap((path) => page(path).querySelectorAll('main .heading-anchor').map((anchor) => ({ path, anchor })));
    expect(anchors.length).toBeGreaterThan(10);
    const wrong = anchors.filter(({ anchor }) => {
      const name = anchor.getAttribute('aria-label') ?? '';
      return !name.endsWith(`：${anchor.parentNode?.textContent.trim() ?? ''}`) || name.includes(':');
    });
    expect(wrong.map(({ path, anchor }) => `${path}: ${anchor.getAttribute('aria-label')}`)).toEqual([]);
  });
});

describe('the built ja guide pages quote the titles they link to', () => {
  // Where links are lists of titles, not words of a sentence: navigation, the page's contents,
  // the guide's path on the home page, previous/next, the try-it panels and the portal's figures.
  const notProse = 'nav, .toc, .breadcrumbs, .prev-next, .guide-path, .try-it, .sim-screen, .sim-message, figure, h1, h2, h3';
  const guideSection = new RegExp(`^(#|${siteBase}ja/(?!simulator/|practice/)[^/]*/?(#|$))`);

  const links = pagesOf('ja').flatMap((path) =>
    page(path)
      .querySelectorAll('main p a, main li a')
      .filter((link) => guideSection.test(link.getAttribute('href') ?? '') && !link.classList.contains('heading-anchor'))
      .filter((link) => link.closest(notProse) === null)
      // A list item that is only the link is a list of titles too.
      .filter((link) => !(link.parentNode?.tagName === 'LI' && link.parentNode.textContent.trim() === link.textContent.trim()))
      .map((link) => ({ path, link })),
  );

  it('the pages link to sections in their sentences (the check below is not empty)', () => {
    expect(links.length).toBeGreaterThan(4);
  });

  it('a link to a section in running text is quoted 「…」, as a title in a Japanese sentence is', () => {
    const bare = links.filter(({ link }) => {
      const { before, after } = around(link);
      return !before.endsWith('「') || !after.startsWith('」');
    });
    expect(bare.map(({ path, link }) => `${path}: ${around(link).before.slice(-10)}[${link.textContent}]${around(link).after.slice(0, 10)}`)).toEqual([]);
  });
});
