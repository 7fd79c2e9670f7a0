import { describe, expect, it } from 'vitest';
import { addSectionSynonyms, normalizeForMatch, termsUsed } from '../../../scripts/search-index/sectionSynonyms.mjs';
import { spelledGlossary } from '../../../src/i18n/glossary';
import { sectionIds } from '../../../src/guide/sections';
import { synonymsClose, synonymsOpen } from '../../../src/search/synonymMarks';

const page = (lang: string, body: string) => `<html lang="${lang}"><body><nav><h2>Menu</h2></nav><article data-pagefind-body><h1>Title</h1>${body}</article></body></html>`;
const terms = [
  { term: 'spam filter', synonyms: ['junk mail', 'junk folder'] },
  { term: 'purchasing account administrator', synonyms: ['PAA'] },
  { term: 'account administrator', synonyms: ['superuser'] },
  { term: 'domain', synonyms: [] },
];
const ids = ['not-the-admin', 'domains', 'roles'];
/** The synonyms added right after the heading of a section, as the index receives them. */
const synonymsAfter = (html: string, id: string) => new RegExp(`id="${id}"[^>]*>[^<]*</h2><p data-search-synonyms>${synonymsOpen} ([^<]*) ${synonymsClose}</p>`).exec(html)?.[1];

describe('glossary synonyms for the search index', () => {
  it('gives a section the synonyms of the terms it uses, right after its heading', () => {
    const html = page('en', '<h2 id="not-the-admin">Not the admin</h2><p>A Spam filter may have caught it.</p><h2 id="domains">Domains</h2><p>Set up a domain.</p>');
    const { html: indexed, added } = addSectionSynonyms(html, terms, ids);
    expect(added).toEqual([{ id: 'not-the-admin', synonyms: ['junk mail', 'junk folder'] }]);
    expect(synonymsAfter(indexed, 'not-the-admin')).toBe('junk mail junk folder');
    expect(synonymsAfter(indexed, 'domains')).toBeUndefined();
  });

  it('leaves everything else of the page as it was', () => {
    const html = page('en', '<h2 id="not-the-admin">Not the admin</h2><p>a spam filter &amp; more</p>');
    const { html: indexed } = addSectionSynonyms(html, terms, ids);
    expect(indexed.replace(/<p data-search-synonyms>[^<]*<\/p>/, '')).toBe(html);
  });

  it('counts a term inside a longer term for the longer one only', () => {
    const html = page('en', '<h2 id="roles">Roles</h2><p>The purchasing account administrator signs in first.</p>');
    expect(addSectionSynonyms(html, terms, ids).added).toEqual([{ id: 'roles', synonyms: ['PAA'] }]);
    const both = page('en', '<h2 id="roles">Roles</h2><p>The purchasing account administrator is an Account administrator.</p>');
    expect(addSectionSynonyms(both, terms, ids).added[0]?.synonyms).toEqual(['PAA', 'superuser']);
  });

  it('counts a term spelled as one of its wrong variants, and never a term inside another word', () => {
    const variantTerms = [{ term: 'role', variants: ['rôle', '/r.le/'], synonyms: ['permission'] }];
    expect(addSectionSynonyms(page('en', '<h2 id="roles">Tasks</h2><p>Each rôle.</p>'), variantTerms, ids).added).toHaveLength(1);
    expect(addSectionSynonyms(page('en', '<h2 id="roles">Tasks</h2><p>Each controle.</p>'), variantTerms, ids).added).toEqual([]);
  });

  it('skips what Pagefind skips: practice panels, scripts, headings without a stable id, and a synonym the section already says', () => {
    const html = page('en', [
      '<h2 id="roles">Roles</h2><p>Nothing here.</p>',
      '<section data-pagefind-ignore><h2 id="roles-panel">Practice</h2><p>spam filter</p></section>',
      '<script>const s = "spam filter";</script>',
      '<h2 id="the-path">The path</h2><p>spam filter</p>',
      '<h2 id="not-the-admin">Not the admin</h2><p>The spam filter or the junk folder.</p>',
    ].join(''));
    expect(addSectionSynonyms(html, terms, ids).added).toEqual([{ id: 'not-the-admin', synonyms: ['junk mail'] }]);
  });

  it('ignores spaces inside Chinese and Japanese terms, and escapes what it writes', () => {
    expect(normalizeForMatch('ビジネス  センター', 'ja')).toBe('ビジネスセンター');
    expect(normalizeForMatch('Didn’t  get', 'en')).toBe("didn't get");
    const html = page('ja', '<h2 id="roles">ロール</h2><p>ビジネスセンターのロール</p>');
    const { html: indexed } = addSectionSynonyms(html, [{ term: 'ビジネス センター', synonyms: ['<b>BC</b> & co'] }], ids);
    expect(synonymsAfter(indexed, 'roles')).toBe('&lt;b&gt;BC&lt;/b&gt; &amp; co');
  });

  it('leaves a page without an indexed article unchanged', () => {
    const html = '<html lang="en"><body><h2 id="roles">spam filter</h2></body></html>';
    expect(addSectionSynonyms(html, terms, ids)).toEqual({ html, added: [] });
  });

  it('reads the real glossary: the English page on spam filters gets “junk mail”', () => {
    const html = page('en', '<h2 id="not-the-admin">If you are not the administrator</h2><p>A spam filter may have caught it.</p>');
    const { added } = addSectionSynonyms(html, spelledGlossary('en'), sectionIds);
    expect(added[0]?.synonyms).toContain('junk mail');
  });

  it('finds the terms a text uses, longest first', () => {
    const used = termsUsed('the purchasing account administrator', terms, 'en');
    expect([...used].map((entry) => entry.term)).toEqual(['purchasing account administrator']);
  });
});
