// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanExcerpt, decodeEntities, joinFragments, renderExcerpt } from '../../../src/search/excerpt';
import { synonymsClose as close, synonymsOpen as open } from '../../../src/search/synonymMarks';

const html = (fragment: DocumentFragment) => {
  const div = document.createElement('div');
  div.append(fragment);
  return div.innerHTML;
};
const text = (excerpt: string, lang = 'en') => renderExcerpt(excerpt, lang).textContent;

describe('search excerpts', () => {
  it('keeps the highlights', () => {
    expect(html(renderExcerpt('the <mark>invitation</mark> link', 'en'))).toBe('the <mark>invitation</mark> link');
  });

  it('shows any other markup as text, so nothing from the index runs', () => {
    const rendered = html(renderExcerpt('&lt;img src=x onerror=alert(1)&gt; <b>bold</b>', 'en'));
    expect(rendered).toBe('&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;bold&lt;/b&gt;');
  });

  it('decodes the entities Pagefind writes', () => {
    expect(decodeEntities('a &amp; b &quot;c&quot; &#39;d&#39; &unknown;')).toBe(`a & b "c" 'd' &unknown;`);
  });

  it.each([
    ['、金鑰、訂單與<mark>報告</mark>', '金鑰、訂單與<mark>報告</mark>'],
    ['。 其他事項', '其他事項'],
    ['，以及更多', '以及更多'],
    ['）の場合', 'の場合'],
    ['」を選択します', 'を選択します'],
    [', and the <mark>roles</mark>', 'and the <mark>roles</mark>'],
    ['. Then choose Submit', 'Then choose Submit'],
    ['; see below', 'see below'],
    [': the address', 'the address'],
    [') or later', 'or later'],
    ['— and then', 'and then'],
    ['… more', 'more'],
  ])('does not start with stray punctuation: %s', (excerpt, expected) => {
    expect(html(renderExcerpt(excerpt, /[\u3000-\u9fff]/.test(excerpt) ? 'ja' : 'en'))).toBe(expected);
  });

  it('may start with an opening bracket or quote', () => {
    expect(cleanExcerpt('（MPSA）を締結', 'ja')).toBe('（MPSA）を締結');
    expect(cleanExcerpt('“Manage users” guide', 'en')).toBe('“Manage users” guide');
    expect(cleanExcerpt('"quoted" text', 'en')).toBe('"quoted" text');
  });

  it('never shows the synonyms the index holds for a section', () => {
    expect(text(`Roles. ${open} <mark>rights</mark> permission ${close} Each role comes`)).toBe('Roles. Each role comes');
    // The window starts or ends inside the synonyms.
    expect(text(`<mark>junk</mark> mail ${close} You may have overlooked it`)).toBe('You may have overlooked it');
    expect(text(`The spam filter. ${open} junk <mark>mail</mark>`)).toBe('The spam filter.');
    expect(text(`使用者角色與權限. ${open}權限存取權<mark>過期</mark>${close} 每個人可以`, 'zh-TW')).toBe('使用者角色與權限。每個人可以');
  });

  it('joins the fragments Pagefind strings together with the punctuation of the language', () => {
    // Pagefind ends a heading or a list item with ". " when it has no punctuation of its own.
    expect(text('招待を承諾する. Microsoft から<mark>招待</mark>メールが届いたら、', 'ja')).toBe('招待を承諾する。Microsoft から招待メールが届いたら、');
    expect(text('職場のメール アドレス. harry@contoso.com. 名前 Harry Roldan. パスワード', 'ja')).toBe('職場のメール アドレス。harry@contoso.com。名前 Harry Roldan。パスワード');
    expect(joinFragments('設定線上服務要用的網域. 在任何人使用線上服務之前。 系統管理員', 'zh-TW')).toBe('設定線上服務要用的網域。在任何人使用線上服務之前。系統管理員');
    expect(joinFragments('管理者を確認します。. 次に', 'ja')).toBe('管理者を確認します。次に');
    expect(joinFragments('Accepting the invitation. Choose Get started now', 'en')).toBe('Accepting the invitation. Choose Get started now');
    expect(joinFragments('see contoso.com for details', 'ja')).toBe('see contoso.com for details');
  });
});
