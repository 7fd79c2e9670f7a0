import { describe, expect, it } from 'vitest';
import { rankSections } from '../../../src/search/rankSections';
import type { PagefindResultData } from '../../../src/search/pagefindTypes';

const sub = (id: string, hits: number) => ({ title: id, url: `/en/p/#${id}`, excerpt: id, locations: Array.from({ length: hits }, (_, i) => i) });
const pageResult = (url: string, subs: ReturnType<typeof sub>[]): PagefindResultData => ({ url, excerpt: 'page', meta: { title: url }, sub_results: subs });

describe('rankSections', () => {
  it('lists sections, best page first, the section with most matches first within a page', () => {
    const hits = rankSections([pageResult('/a/', [sub('one', 1), sub('two', 5)]), pageResult('/b/', [sub('three', 9)])]);
    expect(hits.map((hit) => hit.url)).toEqual(['/en/p/#two', '/en/p/#one', '/en/p/#three']);
  });

  it('keeps document order between sections with as many matches', () => {
    expect(rankSections([pageResult('/a/', [sub('one', 2), sub('two', 2)])]).map((h) => h.title)).toEqual(['one', 'two']);
  });

  it('links to the page when Pagefind found no section', () => {
    expect(rankSections([pageResult('/a/', [])])).toEqual([{ url: '/a/', title: '/a/', pageTitle: '/a/', excerpt: 'page' }]);
  });

  it('removes the word marks the index adds to Chinese and Japanese text', () => {
    const marked = { ...pageResult('/ja/', []), excerpt: '招待\u200bメール', meta: { title: '招待\u200bを\u200b受け取る' } };
    expect(rankSections([marked])[0]).toMatchObject({ title: '招待を受け取る', excerpt: '招待メール' });
  });

  it('builds each section’s excerpt from the words the reader sees, not the synonyms the index holds', () => {
    const withWords: PagefindResultData = {
      ...pageResult('/en/a/', []),
      raw_content: 'Title #spam \u2063 junk mail \u2064 A spam filter caught it.',
      anchors: [{ element: 'h2', id: 'spam', text: '#spam', location: 1 }],
      sub_results: [{ title: 'Spam', url: '/en/a/#spam', excerpt: '\u2063 <mark>junk</mark> mail \u2064', locations: [3], anchor: { element: 'h2', id: 'spam', text: '#spam', location: 1 } }],
    };
    expect(rankSections([withWords])[0]?.excerpt).toBe('#spam A spam filter caught it.');
  });

  it('limits sections per page and in all', () => {
    const many = Array.from({ length: 6 }, (_, i) => sub(`s${i}`, 1));
    expect(rankSections([pageResult('/a/', many)], 3)).toHaveLength(3);
    expect(rankSections(Array.from({ length: 6 }, (_, i) => pageResult(`/${i}/`, many)), 3, 10)).toHaveLength(10);
  });
});
