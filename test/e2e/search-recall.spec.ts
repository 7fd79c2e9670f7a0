import { expect, test } from '@playwright/test';

/**
 * Pagefind issue #1237: Traditional Chinese recall got worse in 1.5, when the words Pagefind
 * cuts from the text at build time differ from the words the browser cuts from a query.
 * This measures recall on our own pages: every word of every section's text (as the
 * browser segments it) must find that very section.
 */
const pages = ['', 'get-invitation/', 'accept-invitation/', 'invite-people/', 'roles/', 'domains/'];

for (const locale of ['zh-tw', 'ja']) {
  test(`every word of every ${locale} section finds that section`, async ({ page }) => {
    test.setTimeout(180_000);
    const misses: string[] = [];
    let words = 0;
    for (const slug of pages) {
      await page.goto(`/${locale}/${slug}`);
      const result = await page.evaluate(async () => {
        const pagefindUrl = '/pagefind/pagefind.js';
        const pagefind = await import(/* @vite-ignore */ pagefindUrl);
        const segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
        const out = { words: 0, misses: [] as string[] };
        for (const heading of document.querySelectorAll('article h2[id]')) {
          // A try-it panel's own headings (its mailbox) are not guide sections: search skips panels.
          if (heading.closest('[data-pagefind-ignore]')) continue;
          let text = '';
          for (let node = heading.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling) {
            if (!node.hasAttribute('data-pagefind-ignore')) text += ` ${node.textContent}`;
          }
          const cjkWords = new Set([...segmenter.segment(text)].filter((s) => s.isWordLike && /[\u3040-\u30ff\u3400-\u9fff]/.test(s.segment)).map((s) => s.segment));
          for (const word of cjkWords) {
            out.words += 1;
            const found = await pagefind.search(word);
            const data: { url: string; sub_results: { url: string }[] }[] = await Promise.all(found.results.map((r: { data(): unknown }) => r.data()));
            const hit = data.some((d) => d.url === location.pathname && d.sub_results.some((s) => decodeURIComponent(s.url).endsWith(`#${heading.id}`)));
            if (!hit) out.misses.push(`${location.pathname}#${heading.id}: ${word}`);
          }
        }
        return out;
      });
      words += result.words;
      misses.push(...result.misses);
    }
    console.log(`${locale}: ${words - misses.length}/${words} section words found (${((100 * (words - misses.length)) / words).toFixed(1)}%)`);
    expect(words).toBeGreaterThan(500);
    expect(misses).toEqual([]);
  });
}
