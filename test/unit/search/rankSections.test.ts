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

  it('folds a page’s introduction into its first section, where the reader is led next', () => {
    // "招待メールが届いたら…": the page's introduction holds the words; the first section is the answer.
    const anchors = [
      { element: 'h1', id: '', text: 'Accept', location: 0 },
      { element: 'h2', id: 'accept-invitation', text: 'Accepting the invitation', location: 4 },
      { element: 'h2', id: 'sign-in-address', text: 'Your sign-in address', location: 8 },
    ];
    const page: PagefindResultData = {
      url: '/en/accept/', excerpt: '', meta: { title: 'Accept' }, anchors,
      raw_content: 'Accept. When it arrives Accepting the invitation choose start Your sign-in address work account',
      sub_results: [
        { title: 'Accept', url: '/en/accept/', excerpt: 'When it arrives', locations: [2] },
        { title: 'Your sign-in address', url: '/en/accept/#sign-in-address', excerpt: 'x', locations: [9], anchor: anchors[2]! },
      ],
    };
    expect(rankSections([page]).map((hit) => [hit.url, hit.title])).toEqual([
      ['/en/accept/#accept-invitation', 'Accepting the invitation'],
      ['/en/accept/#sign-in-address', 'Your sign-in address'],
    ]);
    const withFirst = { ...page, sub_results: [...page.sub_results, { title: 'Accepting', url: '/en/accept/#accept-invitation', excerpt: 'y', locations: [5], anchor: anchors[1]! }] };
    expect(rankSections([withFirst]).map((hit) => [hit.url, hit.matches])).toEqual([
      ['/en/accept/#accept-invitation', 2],
      ['/en/accept/#sign-in-address', 1],
    ]);
  });

  it('marks the sections of a page for partners, so a customer’s question ranks them last', () => {
    const partners = { ...pageResult('/en/partners/', [sub('short-links', 1)]), meta: { title: 'For partners', audience: 'partners' } };
    expect(rankSections([partners])[0]).toMatchObject({ forPartners: true });
    expect(rankSections([pageResult('/en/roles/', [sub('roles', 1)])])[0]).not.toHaveProperty('forPartners');
  });
});
