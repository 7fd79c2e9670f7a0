/**
 * Gives every guide section the synonyms of the glossary terms it uses, in the HTML handed to
 * Pagefind only (the page in dist/ keeps its bytes): a reader who types "junk mail" finds the
 * section that says "spam filter". The synonyms go right after the section's heading, between
 * the marks of src/search/synonymMarks.ts, and the dialog cuts them out of excerpts. Right after
 * the heading, so an excerpt that Pagefind centres on a synonym still shows how the section
 * begins once the synonyms are cut.
 */
import { parse } from 'node-html-parser';
import { synonymsClose, synonymsOpen } from '../../src/search/synonymMarks.ts';

const skippedTags = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

/**
 * How text is compared with a term: case and apostrophe style never matter, and in Chinese and
 * Japanese neither do spaces (ビジネス センター and ビジネスセンター are one term spelled in two styles).
 * @param {string} text
 * @param {string} lang BCP 47 tag of the page
 * @returns {string}
 * @example normalizeForMatch('Didn’t  receive', 'en') // "didn't receive"
 */
export function normalizeForMatch(text, lang) {
  const plain = text.toLowerCase().replaceAll('’', "'");
  return /^(zh|ja)/i.test(lang) ? plain.replace(/\s+/g, '') : plain.replace(/\s+/g, ' ');
}

/**
 * The indexed sections of a page, in order: each `h2` with one of the stable ids inside the
 * article Pagefind indexes, with its text up to the next `h2` (another section, or a heading of
 * the page's own such as the home page's path through the guide, which gets no synonyms). Text
 * Pagefind skips (`data-pagefind-ignore`, scripts) is left out, so a term only a practice panel
 * mentions brings nothing.
 * @param {import('node-html-parser').HTMLElement} article
 * @param {ReadonlySet<string>} ids
 * @returns {{ id: string, heading: import('node-html-parser').HTMLElement, text: string }[]}
 */
function sectionsOf(article, ids) {
  /** @type {{ id: string, heading: import('node-html-parser').HTMLElement, text: string }[]} */
  const sections = [];
  /** @type {{ text: string } | undefined} */
  let current;
  /** @param {import('node-html-parser').Node} node */
  const walk = (node) => {
    if (node.nodeType === 3) {
      if (current) current.text += ` ${node.text}`;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = /** @type {import('node-html-parser').HTMLElement} */ (node);
    if (element.hasAttribute('data-pagefind-ignore') || skippedTags.has(element.tagName)) return;
    if (element.tagName === 'H2') {
      current = ids.has(element.id) ? { id: element.id, heading: element, text: '' } : { text: '' };
      if ('heading' in current) sections.push(/** @type {{ id: string, heading: import('node-html-parser').HTMLElement, text: string }} */ (current));
    }
    for (const child of element.childNodes) walk(child);
  };
  walk(article);
  return sections;
}

/**
 * How a term may be written in a page: its spelling and its wrong variants (a page the prose
 * linter has not cleaned yet still uses the term). prh-style /regular expressions/ are left out.
 * @param {{ term: string, variants?: readonly string[] }} entry
 */
const spellingsOf = (entry) => [entry.term, ...(entry.variants ?? []).filter((variant) => !/^\/.*\/$/.test(variant))];

/**
 * The terms a section's text uses (or a variant of them). Where one term's spelling holds another's ("purchasing
 * account administrator" holds the role "account administrator"), the longer one wins that
 * place, so a section about the purchasing account administrator gets no role synonyms. In
 * English a term must start a word ("role" counts in "roles", not inside another word).
 * @template {{ term: string, variants?: readonly string[] }} T
 * @param {string} text normalized
 * @param {readonly T[]} terms
 * @param {string} lang
 * @returns {Set<T>}
 */
export function termsUsed(text, terms, lang) {
  const wordStart = !/^(zh|ja)/i.test(lang);
  /** @type {{ start: number, end: number, entry: T }[]} */
  const places = [];
  for (const entry of terms) {
    for (const spelling of spellingsOf(entry)) {
      const needle = normalizeForMatch(spelling, lang);
      if (needle.length === 0) continue;
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        if (wordStart && at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
        places.push({ start: at, end: at + needle.length, entry });
      }
    }
  }
  places.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  /** @type {{ start: number, end: number }[]} */
  const taken = [];
  const used = new Set();
  for (const place of places) {
    const inLonger = (other) => other.end - other.start > place.end - place.start && other.start <= place.start && place.end <= other.end;
    if (taken.some(inLonger)) continue;
    taken.push(place);
    used.add(place.entry);
  }
  return used;
}

/** @param {string} text */
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Adds, after the heading of each indexed section, the synonyms of every glossary term whose
 * spelling occurs in that section; a synonym the section already says is left out.
 * @param {string} html a built page
 * @param {readonly { term: string, variants?: readonly string[], synonyms: readonly string[] }[]} terms the page language's glossary, spelled
 * @param {readonly string[]} sectionIds the stable section ids
 * @returns {{ html: string, added: { id: string, synonyms: string[] }[] }}
 * @example addSectionSynonyms(page, [{ term: 'spam filter', synonyms: ['junk mail'] }], ['not-the-admin'])
 */
export function addSectionSynonyms(html, terms, sectionIds) {
  const root = parse(html, { comment: false });
  const article = root.querySelector('article[data-pagefind-body]');
  if (!article) return { html, added: [] };
  const lang = root.querySelector('html')?.getAttribute('lang') ?? 'en';
  const added = [];
  for (const section of sectionsOf(article, new Set(sectionIds))) {
    const text = normalizeForMatch(section.text, lang);
    const synonyms = new Set();
    for (const { synonyms: words } of termsUsed(text, terms, lang)) {
      for (const word of words) if (!text.includes(normalizeForMatch(word, lang))) synonyms.add(word);
    }
    if (synonyms.size > 0) added.push({ id: section.id, end: section.heading.range[1], synonyms: [...synonyms] });
  }
  // Spliced into the original text from the end, so the offsets before each splice stay right.
  let out = html;
  for (const { end, synonyms } of [...added].reverse()) {
    out = `${out.slice(0, end)}<p data-search-synonyms>${synonymsOpen} ${escapeHtml(synonyms.join(' '))} ${synonymsClose}</p>${out.slice(end)}`;
  }
  return { html: out, added: added.map(({ id, synonyms }) => ({ id, synonyms })) };
}
