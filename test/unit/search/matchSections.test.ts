import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capHits, matchSections } from '../../../src/search/matchSections';
import type { SectionHit } from '../../../src/search/rankSections';
import { isSearchWord, joinWords, keywordsOf, queryWords } from '../../../src/search/searchWords';

/** Words of each language's questions: content words, and the grammar around them that search ignores. */
const questionLanguages: { lang: string; space: string; content: readonly string[]; grammar: readonly string[] }[] = [
  { lang: 'ja', space: '', content: ['パスワード', '招待', '管理者', 'ロール', 'ドメイン', 'サインイン', '再送信', '確認', '忘れ'], grammar: ['た', 'を', 'に', 'の', 'は', 'が', 'で', 'と', 'も', 'へ', 'です', 'ます', 'ました', 'ですか', 'には', 'から', 'まで', 'て', 'ない', 'たい', 'でしょうか', 'ください'] },
  { lang: 'zh-TW', space: '', content: ['邀請', '密碼', '角色', '網域', '管理員', '登入', '重新傳送', '報表'], grammar: ['的', '了', '嗎', '呢', '吧', '是', '要', '可以', '怎麼', '我', '我們', '什麼', '如何'] },
  { lang: 'en', space: ' ', content: ['invitation', 'password', 'roles', 'domain', 'admin', 'resend', 'report'], grammar: ['the', 'a', 'to', 'of', 'is', 'do', 'how', 'what', 'can', 'I', 'my', 'who', 'our'] },
];
const hit = (url: string): SectionHit => ({ url, title: url, pageTitle: url, excerpt: '' });
const urls = (hits: readonly SectionHit[]) => hits.map((h) => h.url);
const resend = hit('/en/get-invitation/#request-resend');
const before = hit('/en/get-invitation/#before-resend');
const roles = hit('/en/roles/#roles');
const started = hit('/en/invite-people/#get-started');

describe('the words of a query', () => {
  it('are the words typed, each once, without punctuation alone', () => {
    expect(queryWords('  resend  Resend invitation ? ', 'en')).toEqual(['resend', 'invitation']);
  });

  it('are cut by the segmenter in Chinese and Japanese, as Pagefind cuts them', () => {
    expect(queryWords('邀請過期', 'zh-TW')).toEqual(['邀請', '過期']);
    expect(queryWords('招待 DNS', 'ja')).toEqual(['招待', 'DNS']);
  });

  it('are listed the way the language lists words', () => {
    expect(joinWords(['resend', 'invite'], 'en')).toBe('resend, invite');
    expect(joinWords(['招待', '期限'], 'ja')).toBe('招待、期限');
  });

  it('keep their keywords: grammar words go, unless every word is one', () => {
    expect(keywordsOf(['Where', 'do', 'I', 'see', 'my', 'roles'], 'en')).toEqual(['see', 'roles']);
    expect(keywordsOf(['請', '經銷商'], 'zh-TW')).toEqual(['經銷商']);
    expect(keywordsOf(['MPSA', 'とは'], 'ja')).toEqual(['MPSA']);
    expect(keywordsOf(['what', 'is'], 'en')).toEqual(['what', 'is']);
    expect(isSearchWord('roles', 'en')).toBe(true);
  });

  it('leave out particles and verb endings: 「パスワード 忘れた」 searches パスワード and 忘れ, not た', () => {
    expect(keywordsOf(queryWords('パスワード 忘れた', 'ja'), 'ja')).toEqual(['パスワード', '忘れ']);
    expect(keywordsOf(queryWords('管理者に招待してもらうには', 'ja'), 'ja')).toEqual(['管理者', '招待']);
    expect(keywordsOf(queryWords('要找誰幫我發邀請', 'zh-TW'), 'zh-TW')).toEqual(['發', '邀請']);
    expect(keywordsOf(queryWords('what can a report viewer see?', 'en'), 'en')).toEqual(['report', 'viewer', 'see']);
  });
});

describe('what a query shows', () => {
  it('a one-word query: Pagefind’s sections, or nothing', () => {
    expect(matchSections(['resend'], [resend, before], [])).toEqual({ kind: 'all', hits: [resend, before] });
    expect(matchSections(['xylophone'], [], [])).toEqual({ kind: 'none' });
  });

  it('the sections holding every keyword, in Pagefind’s order for the whole query', () => {
    const outcome = matchSections(['resend', 'invitation'], [before, resend], [[resend, before], [before, resend, roles]]);
    expect(outcome).toEqual({ kind: 'all', hits: [before, resend] });
  });

  it('a section holding every keyword that the whole query missed comes after those it found', () => {
    // "who is our PAA": no page says "our", so Pagefind finds nothing for the whole query.
    const outcome = matchSections(['PAA'], [], [[before, resend]]);
    expect(outcome).toEqual({ kind: 'all', hits: [before, resend] });
    const seeRoles = matchSections(['see', 'roles'], [roles], [[started, roles], [started, roles]]);
    expect(seeRoles.kind === 'all' && urls(seeRoles.hits)).toEqual(urls([roles, started]));
  });

  it('no section holds every keyword: the sections holding the most, and which keywords none of them holds', () => {
    const outcome = matchSections(['resend', 'xylophone'], [], [[resend, before], []]);
    expect(outcome).toEqual({ kind: 'some', hits: [resend, before], found: ['resend'], missing: ['xylophone'] });
  });

  it('ranks the sections holding some keywords by what they hold, best placed first among equals', () => {
    const outcome = matchSections(['invite', 'expired', 'foobar'], [], [[roles, resend], [before, resend], []]);
    expect(outcome).toEqual({ kind: 'some', hits: [resend, roles, before], found: ['invite', 'expired'], missing: ['foobar'] });
  });

  it('weighs a keyword few sections hold above one that many hold', () => {
    // "what can a report viewer see": "see" is everywhere, "viewer" only in the roles section.
    const everywhere = [before, resend, started, hit('/en/#introduction'), hit('/en/domains/#domains')];
    const outcome = matchSections(['viewer', 'see'], [], [[roles], everywhere]);
    expect(outcome.kind === 'some' && outcome.hits[0]).toEqual(roles);
  });

  it('sections that each hold other keywords: nothing is missing from them together', () => {
    const outcome = matchSections(['resend', 'domain'], [], [[resend], [hit('/en/domains/#domains')]]);
    expect(outcome).toMatchObject({ kind: 'some', found: ['resend', 'domain'], missing: [] });
  });

  it('a customer’s question lists the guide’s sections above the partners page’s', () => {
    // "who is our purchasing account admin": Pagefind ranks the partners page first.
    const partners = { ...hit('/en/partners/#what-you-can-do-for-your-customers'), forPartners: true };
    const all = matchSections(['purchasing', 'account', 'admin'], [partners, before, resend], [[partners, before, resend], [partners, resend, before], [partners, before, resend]]);
    expect(all.kind === 'all' && urls(all.hits)).toEqual(urls([before, resend, partners]));
    expect(matchSections(['purchasing'], [partners, before], [])).toEqual({ kind: 'all', hits: [before, partners] });
    const some = matchSections(['admin', 'foobar'], [], [[partners, before], []]);
    expect(some.kind === 'some' && urls(some.hits)).toEqual(urls([before, partners]));
  });

  it('nothing holds any keyword: no results', () => {
    expect(matchSections(['foo', 'bar'], [], [[], []])).toEqual({ kind: 'none' });
  });

  it('never names a particle or an auxiliary as a word not found, wherever a question puts them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...questionLanguages),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 6 }),
        (language, picks, insertions) => {
          const { lang, content, grammar, space } = language;
          const pieces: string[] = picks.map((pick) => content[pick % content.length] ?? '');
          for (const [at, pick, spaced] of insertions) {
            const particle = grammar[pick % grammar.length] ?? '';
            pieces.splice(at % (pieces.length + 1), 0, spaced ? ` ${particle} ` : particle);
          }
          const query = pieces.join(space);
          const keywords = keywordsOf(queryWords(query, lang), lang);
          // No section holds anything: every keyword is reported missing, and none is grammar.
          const outcome = matchSections(keywords, [], keywords.map(() => [resend]).with(0, []));
          const named = outcome.kind === 'some' ? [...outcome.found, ...outcome.missing] : keywords;
          expect(named.filter((word) => grammar.includes(word))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('shows at most three sections of a page and ten in all', () => {
    const many = Array.from({ length: 5 }, (_, i) => hit(`/en/a/#s${i}`));
    expect(capHits([...many, roles])).toEqual([...many.slice(0, 3), roles]);
    const pages = Array.from({ length: 12 }, (_, i) => hit(`/en/p${i}/#s`));
    expect(capHits(pages)).toHaveLength(10);
  });
});
