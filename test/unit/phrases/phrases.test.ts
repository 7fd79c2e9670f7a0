import { describe, expect, it } from 'vitest';
import { phraseBreaks } from '../../../src/phrases/phrases';
import { insertPhraseBreaks } from '../../../src/phrases/insertPhraseBreaks';

/** The text split where `phraseBreaks` lets a line break. */
const split = (text: string, lang: string) => {
  const parts: string[] = [];
  let from = 0;
  for (const at of [...phraseBreaks(text, lang), text.length]) parts.push(text.slice(from, (from = at)));
  return parts;
};

describe('phraseBreaks', () => {
  it('breaks Japanese and Traditional Chinese between phrases, never inside a word', () => {
    expect(split('ユーザー ロールについて', 'ja')).toEqual(['ユーザー ロールに', 'ついて']);
    expect(split('職場のメール アドレス', 'ja')).toEqual(['職場の', 'メール アドレス']);
    expect(split('マイ プロファイル', 'ja')).toEqual(['マイ プロファイル']);
    expect(split('接受邀請並建立帳戶', 'zh-TW')).toEqual(['接受', '邀請', '並', '建立', '帳戶']);
  });

  it('leaves the breaks beside punctuation to the browser, which knows a colon never starts a line', () => {
    expect(split('［マイ プロファイル］：名前', 'ja').join('|')).not.toMatch(/\|：|］\|/);
  });

  it('leaves no single letter for a last line', () => {
    expect(split('以單一語言連結到段落', 'zh-TW').at(-1)!.length).toBeGreaterThan(1);
  });

  it('does nothing to other languages, or to text with no Chinese or Japanese', () => {
    expect(phraseBreaks('ユーザー ロールについて', 'en')).toEqual([]);
    expect(phraseBreaks('About user roles', 'ja')).toEqual([]);
  });
});

describe('insertPhraseBreaks', () => {
  const page = (body: string, lang = 'ja') => `<!DOCTYPE html><html lang="${lang}"><head><title>ユーザー ロールについて</title><script>const a = '<a>ユーザー ロールについて</a>';</script><style>a::after { content: 'ロールについて'; }</style></head><body>${body}</body></html>`;

  it('puts <wbr> between the phrases of links, headings and portal labels, in the language of the nearest lang', () => {
    const html = insertPhraseBreaks(page('<h2 id="roles">ユーザー ロールについて</h2><p><a href="/ja/roles/" title="ユーザー ロールについて">ユーザー ロールについて</a> <strong class="portal-label">ユーザーの管理</strong></p><p lang="zh-TW"><a href="#">接受邀請</a></p><p lang="en"><a href="#">ユーザー ロールについて</a></p>'));
    expect(html).toContain('<h2 id="roles"><span>ユーザー ロールに<wbr>ついて</span></h2>');
    expect(html).toContain('title="ユーザー ロールについて"><span>ユーザー ロールに<wbr>ついて</span></a>');
    expect(html).toContain('<strong class="portal-label"><span>ユーザーの<wbr>管理</span></strong>');
    expect(html).toContain('<a href="#"><span>接受<wbr>邀請</span></a>');
    expect(html).toContain('<p lang="en"><a href="#">ユーザー ロールについて</a>');
  });

  it('changes nothing but text: prose, attributes, scripts, styles, code and marked names stay byte for byte', () => {
    const body = '<p>ユーザー ロールについて</p><a href="#"><code>ユーザー ロールについて</code></a><table><tr><th scope="row" data-whole>アカウント管理者</th></tr></table><a href="#">ロール &amp; ユーザーの管理</a>';
    const html = insertPhraseBreaks(page(body));
    expect(html.replace('<span>ロール &amp; ユーザーの<wbr>管理</span>', 'ロール &amp; ユーザーの管理')).toBe(page(body));
  });

  it('leaves an English page as it was', () => {
    const html = page('<h2>About user roles</h2>', 'en');
    expect(insertPhraseBreaks(html)).toBe(html);
  });
});
