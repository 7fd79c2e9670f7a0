import { describe, expect, it } from 'vitest';
import type { PagefindResultData, PagefindSubResult } from '../../../src/search/pagefindTypes';
import { densestWindow, phraseStart, sectionExcerpt } from '../../../src/search/sectionExcerpt';
import { synonymsClose as close, synonymsOpen as open } from '../../../src/search/synonymMarks';

/** A page as Pagefind stores it: words split by spaces, an anchor at each heading's first word. */
function pageOf(words: string[], joiner = ' '): PagefindResultData {
  const anchors = words.flatMap((word, location) => (word.startsWith('#') ? [{ element: 'h2', id: word.slice(1), text: word, location }] : []));
  return { url: '/en/p/', excerpt: '', meta: {}, sub_results: [], raw_content: words.join(joiner), anchors };
}
const sub = (page: PagefindResultData, id: string, locations: number[]): PagefindSubResult => {
  const anchor = page.anchors?.find((a) => a.id === id);
  return { title: id, url: `/en/p/#${id}`, excerpt: 'pagefind', locations, ...(anchor ? { anchor } : {}) };
};

describe('section excerpts', () => {
  const words = ['Intro', '#roles', open, 'junk', 'mail', close, 'Each', 'role', 'has', 'rights', 'here.', '#next', 'Other', 'junk'];
  const page = pageOf(words);

  it('leaves the synonyms out and starts at the section when only a synonym matched', () => {
    expect(sectionExcerpt(page, sub(page, 'roles', [3]), 4)).toBe('#roles Each role has');
  });

  it('centres on the matches in the visible text, within the section', () => {
    expect(sectionExcerpt(page, sub(page, 'roles', [3, 9]), 3)).toBe('role has <mark>rights</mark>');
    expect(sectionExcerpt(page, sub(page, 'next', [13]), 24)).toBe('#next Other <mark>junk</mark>');
  });

  it('joins words without spaces where the build marked word boundaries', () => {
    const cjk = pageOf(['前言', '#roles', open, '過期', close, '每個人', '可以', '擁有'], '\u200b');
    expect(sectionExcerpt(cjk, sub(cjk, 'roles', [3, 6]), 24)).toBe('#roles每個人<mark>可以</mark>擁有');
  });

  it('starts a Chinese or Japanese excerpt where a phrase starts, never inside a word the segmenter cut', () => {
    // サインイン is cut サイン|イン: the window Pagefind would choose begins at イン.
    const pieces = ['ビジネス', 'センター', 'へ', 'の', 'サイン', 'イン', '用', 'の', 'パスワード', 'を', '決め', 'ます'];
    const ja = pageOf(['前', '#accept', ...pieces], '\u200b');
    const excerpt = sectionExcerpt(ja, sub(ja, 'accept', [10, 12]), 4) ?? '';
    expect(excerpt.replaceAll(/<\/?mark>/g, '')).toMatch(/^サインイン用の/);
    expect(excerpt).toContain('<mark>パスワード</mark>');
    expect(phraseStart(pieces, 5, 8)).toBe(4);
    // Chinese: only after punctuation (帳戶管理|員 is one word to the reader).
    expect(phraseStart(['合約', '，', '採購', '帳戶', '管理', '員', '會', '收到'], 5, 7)).toBe(2);
    // No phrase start within reach and none before the first match: the window stays.
    expect(phraseStart(Array.from({ length: 14 }, () => 'データ'), 12, 12)).toBe(12);
  });

  it('leaves Pagefind’s excerpt in place when the page data lacks the words', () => {
    const bare: PagefindResultData = { url: '/en/p/', excerpt: '', meta: {}, sub_results: [] };
    expect(sectionExcerpt(bare, { title: 't', url: '/en/p/', excerpt: 'x' })).toBeUndefined();
  });

  it('places the window where the most matches are, matches mid-window', () => {
    expect(densestWindow([0, 0, 0, 1, 0, 0], 3)).toBe(2);
    expect(densestWindow([1, 0, 0, 0, 1, 1, 0], 3)).toBe(3);
    expect(densestWindow([0, 0, 0, 0], 2)).toBe(0);
    expect(densestWindow([1, 1], 5)).toBe(0);
  });
});
