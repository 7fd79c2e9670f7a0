import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { questionQueries } from '../support/queries';
import { linksForEach, openSearch } from '../support/searchDialog';

/**
 * Pagefind issue #1237: Traditional Chinese recall got worse in 1.5, when the words Pagefind
 * cuts from the text at build time differ from the words the browser cuts from a query.
 * This measures recall on our own pages: every word of every section's text (as the
 * browser segments it) must find that very section.
 */
const pages = ['', 'get-invitation/', 'accept-invitation/', 'invite-people/', 'roles/', 'domains/'];

/** A section's Chinese or Japanese words, as the browser segments its text. */
interface SectionWords {
  readonly section: string;
  readonly words: string[];
}

/** A search's results: each page's path, and its sections' links (decoded). */
type Found = { url: string; sections: string[] }[];

for (const locale of ['zh-tw', 'ja']) {
  test(`every word of every ${locale} section finds that section`, async ({ page }) => {
    test.setTimeout(180_000);
    const sections: SectionWords[] = [];
    for (const slug of pages) {
      await page.goto(`/${locale}/${slug}`);
      sections.push(
        ...(await page.evaluate(() => {
          const segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
          const out: SectionWords[] = [];
          for (const heading of document.querySelectorAll('article h2[id]')) {
            // A try-it panel's own headings (its mailbox) are not guide sections: search skips panels.
            if (heading.closest('[data-pagefind-ignore]')) continue;
            let text = '';
            for (let node = heading.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling) {
              if (!node.hasAttribute('data-pagefind-ignore')) text += ` ${node.textContent}`;
            }
            const cjkWords = new Set([...segmenter.segment(text)].filter((s) => s.isWordLike && /[\u3040-\u30ff\u3400-\u9fff]/.test(s.segment)).map((s) => s.segment));
            out.push({ section: `${location.pathname}#${heading.id}`, words: [...cjkWords] });
          }
          return out;
        })),
      );
    }
    // A word several sections use is searched once (the index is the language's, whatever the page).
    const distinct = [...new Set(sections.flatMap(({ words }) => words))];
    const found = await page.evaluate(async (words) => {
      const pagefindUrl = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ pagefindUrl);
      const out: Record<string, Found> = {};
      // One search at a time: Pagefind writes each search's matches into the pages' shared data.
      for (const word of words) {
        const results = (await pagefind.search(word)).results as { data(): Promise<{ url: string; sub_results: { url: string }[] }> }[];
        const data = await Promise.all(results.map((result) => result.data()));
        out[word] = data.map((d) => ({ url: d.url, sections: d.sub_results.map((s) => decodeURIComponent(s.url)) }));
      }
      return out;
    }, distinct);
    const misses: string[] = [];
    let words = 0;
    for (const { section, words: own } of sections) {
      const [path = '', id = ''] = section.split('#');
      for (const word of own) {
        words += 1;
        const hit = (found[word] ?? []).some((d) => d.url === path && d.sections.some((url) => url.endsWith(`#${id}`)));
        if (!hit) misses.push(`${section}: ${word}`);
      }
    }
    console.log(`${locale}: ${words - misses.length}/${words} section words found (${((100 * (words - misses.length)) / words).toFixed(1)}%); ${distinct.length} distinct words searched`);
    expect(words).toBeGreaterThan(500);
    expect(misses).toEqual([]);
  });
}

/**
 * Whole questions, as customers type them: each must find a section that answers it in the top
 * 3 results of the dialog, and no question of theirs may list the partners page above the
 * guide's sections. One page per locale; the questions are typed one after another.
 */
for (const locale of locales) {
  test(`whole questions in ${locale} find their section in the top 3 for at least 95% of them, the partners page below the guide`, async ({ page }) => {
    test.setTimeout(120_000);
    const questions = questionQueries(locale);
    expect(questions.length).toBeGreaterThanOrEqual(15);
    await page.goto(`/${locale}/`);
    await openSearch(page, locale);
    const misses: string[] = [];
    const partnersFirst: string[] = [];
    const links = await linksForEach(page, locale, questions.map(({ query }) => query));
    for (const [index, { query, sections }] of questions.entries()) {
      const shown = (links[index] ?? []).map(decodeURIComponent);
      const top = shown.slice(0, 3).map((href) => href.split('#')[1] ?? '(page)');
      if (!top.some((id) => sections.includes(id))) misses.push(`${query} -> expected #${sections.join(' or #')}, got ${top.join(', ') || 'nothing'}`);
      const firstPartners = shown.findIndex((href) => href.includes('/partners/'));
      const lastGuide = shown.findLastIndex((href) => !href.includes('/partners/'));
      if (firstPartners >= 0 && firstPartners < lastGuide) partnersFirst.push(`${query}: ${shown.join(', ')}`);
    }
    const found = questions.length - misses.length;
    console.log(`${locale} questions: top-3 recall ${((100 * found) / questions.length).toFixed(1)}% (${found}/${questions.length})${misses.map((miss) => `\n  miss: ${miss}`).join('')}`);
    expect(found / questions.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(partnersFirst).toEqual([]);
  });
}
