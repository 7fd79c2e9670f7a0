import { describe, expect, it } from 'vitest';
import { capHits, matchSections } from '../../../src/search/matchSections';
import { joinWords, queryWords } from '../../../src/search/queryWords';
import type { SectionHit } from '../../../src/search/rankSections';
import { isStopWord, keywordsOf } from '../../../src/search/stopWords';

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

  it('keep their keywords: stop words go, unless every word is one', () => {
    expect(keywordsOf(['Where', 'do', 'I', 'see', 'my', 'roles'], 'en')).toEqual(['see', 'roles']);
    expect(keywordsOf(['請', '經銷商'], 'zh-TW')).toEqual(['經銷商']);
    expect(keywordsOf(['MPSA', 'とは'], 'ja')).toEqual(['MPSA']);
    expect(keywordsOf(['what', 'is'], 'en')).toEqual(['what', 'is']);
    expect(isStopWord('roles', 'en')).toBe(false);
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

  it('keeps only the sections holding the most keywords, best placed first', () => {
    const outcome = matchSections(['invite', 'expired', 'foobar'], [], [[roles, resend], [before, resend], []]);
    expect(outcome).toEqual({ kind: 'some', hits: [resend], found: ['invite', 'expired'], missing: ['foobar'] });
  });

  it('sections that each hold other keywords: nothing is missing from them together', () => {
    const outcome = matchSections(['resend', 'domain'], [], [[resend], [hit('/en/domains/#domains')]]);
    expect(outcome).toMatchObject({ kind: 'some', found: ['resend', 'domain'], missing: [] });
  });

  it('nothing holds any keyword: no results', () => {
    expect(matchSections(['foo', 'bar'], [], [[], []])).toEqual({ kind: 'none' });
  });

  it('shows at most three sections of a page and ten in all', () => {
    const many = Array.from({ length: 5 }, (_, i) => hit(`/en/a/#s${i}`));
    expect(capHits([...many, roles])).toEqual([...many.slice(0, 3), roles]);
    const pages = Array.from({ length: 12 }, (_, i) => hit(`/en/p${i}/#s`));
    expect(capHits(pages)).toHaveLength(10);
  });
});
