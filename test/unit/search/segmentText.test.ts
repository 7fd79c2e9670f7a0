import { describe, expect, it } from 'vitest';
import { segmentPage, segmentText } from '../../../scripts/search-index/segmentText.mjs';

const zwsp = '\u200b';

describe('marking word boundaries for the search index', () => {
  it('splits Chinese and Japanese text into words, losing no character', () => {
    const zh = segmentText('請聯絡您的合作夥伴', 'zh-TW');
    expect(zh).toContain(zwsp);
    expect(zh.replaceAll(zwsp, '')).toBe('請聯絡您的合作夥伴');
    expect(segmentText('招待メールが届かない', 'ja').split(zwsp).length).toBeGreaterThan(2);
  });

  it('leaves text without CJK characters alone', () => {
    expect(segmentText('harry@contoso.com 1234567890', 'ja')).toBe('harry@contoso.com 1234567890');
  });

  it('marks only the text of Chinese and Japanese pages, never markup or scripts', () => {
    const page = '<html lang="zh-TW"><body><h2 id="register" title="註冊組織">註冊組織</h2><script>const s = "註冊組織";</script></body></html>';
    const marked = segmentPage(page);
    expect(marked).toContain('title="註冊組織"');
    expect(marked).toContain('<script>const s = "註冊組織";</script>');
    expect(marked).toMatch(new RegExp(`>註冊${zwsp}組織<`));
    const english = '<html lang="en"><body><p>註冊組織</p></body></html>';
    expect(segmentPage(english)).toBe(english);
  });
});
