import type { SectionHit } from './rankSections';

/** What the dialog shows for a query. */
export type SearchOutcome =
  /** Sections that hold every keyword of the query. */
  | { kind: 'all'; hits: SectionHit[] }
  /**
   * No section holds every keyword: the sections holding the most of them, with the keywords
   * they hold (`found`) and those none of them holds (`missing`; empty when each holds other
   * keywords and together they hold all).
   */
  | { kind: 'some'; hits: SectionHit[]; found: string[]; missing: string[] }
  | { kind: 'none' };

const pageOf = (url: string) => url.split('#')[0] ?? url;

/** At most `perPage` sections of one page and `limit` in all, in the order given (as Pagefind's own UI shows them). */
export function capHits(hits: readonly SectionHit[], perPage = 3, limit = 10): SectionHit[] {
  const perPageCount = new Map<string, number>();
  const kept: SectionHit[] = [];
  for (const hit of hits) {
    const count = perPageCount.get(pageOf(hit.url)) ?? 0;
    if (count >= perPage) continue;
    perPageCount.set(pageOf(hit.url), count + 1);
    kept.push(hit);
    if (kept.length === limit) break;
  }
  return kept;
}

interface Holding {
  hit: SectionHit;
  /** How many times the section holds each keyword, by index. */
  held: Map<number, number>;
  /** Its places in the keywords' results, added up (lower is better). */
  places: number;
}

/** The guide's sections before the partners' (a stable sort keeps each group's order): a customer's question lands on the customer's sections first. */
const guideFirst = (hits: readonly SectionHit[]) => hits.toSorted((a, b) => Number(a.forPartners ?? false) - Number(b.forPartners ?? false));

/** BM25's usual constants: how soon repeating a word stops counting, and how much a long section is discounted. */
const saturation = 1.2;
const lengthDiscount = 0.75;

/**
 * Decides what a query shows. Pagefind ranks pages, and answers a query of several words with
 * the pages that hold them all; but a page may hold them in different sections, and one word
 * the site never uses leaves nothing at all. So each keyword is also searched alone
 * (`perKeyword`, in the order of `keywords`), which tells which sections hold it and how often,
 * and the sections are ranked by BM25 over sections (a short section that holds the question's
 * words beats a long one that mentions them): a keyword weighs by how few sections hold it.
 * - Sections holding every keyword; then those holding at least half the question's weight
 *   (a question's own verbs need not be in its answer).
 * - Otherwise: the sections holding any, most of the question's weight first.
 * The guide's sections come before the partners' in both.
 * @param keywords the query's words, without grammar words (keywordsOf); empty `perKeyword` for a one-word query
 * @param whole the sections of Pagefind's results for the whole query, best first (breaks ties)
 * @param perKeyword for each keyword, the sections of its results, best first
 * @example matchSections(['resend', 'foobar'], [], [[resendHit], []]) // { kind: 'some', found: ['resend'], missing: ['foobar'], … }
 */
export function matchSections(keywords: readonly string[], whole: readonly SectionHit[], perKeyword: readonly (readonly SectionHit[])[]): SearchOutcome {
  if (perKeyword.length === 0) return whole.length > 0 ? { kind: 'all', hits: capHits(guideFirst(whole)) } : { kind: 'none' };
  const holdings = new Map<string, Holding>();
  perKeyword.forEach((hits, keyword) => {
    hits.forEach((hit, place) => {
      const holding = holdings.get(hit.url) ?? { hit, held: new Map<number, number>(), places: 0 };
      holding.held.set(keyword, Math.max(1, hit.matches ?? 1));
      holding.places += place;
      holdings.set(hit.url, holding);
    });
  });
  if (holdings.size === 0) return { kind: 'none' };
  const all = [...holdings.values()];
  const sections = all.length;
  const weights = perKeyword.map((hits) => Math.log(1 + (sections - hits.length + 0.5) / (hits.length + 0.5)));
  const lengths = all.map((holding) => holding.hit.length ?? 0).filter((length) => length > 0);
  const averageLength = lengths.length > 0 ? lengths.reduce((sum, length) => sum + length, 0) / lengths.length : 1;
  const coverage = (holding: Holding) => [...holding.held.keys()].reduce((sum, keyword) => sum + (weights[keyword] ?? 0), 0);
  const bm25 = (holding: Holding) => {
    const norm = saturation * (1 - lengthDiscount + (lengthDiscount * (holding.hit.length ?? averageLength)) / averageLength);
    return [...holding.held].reduce((sum, [keyword, count]) => sum + ((weights[keyword] ?? 0) * count * (saturation + 1)) / (count + norm), 0);
  };
  const wholeRank = new Map(whole.map((hit, index) => [hit.url, index]));
  const rankOf = (holding: Holding) => wholeRank.get(holding.hit.url) ?? Infinity;
  const byRelevance = (a: Holding, b: Holding) => bm25(b) - bm25(a) || rankOf(a) - rankOf(b) || a.places - b.places;
  const complete = all.filter((holding) => holding.held.size === keywords.length).sort(byRelevance);
  if (complete.length > 0) {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const near = all.filter((holding) => holding.held.size < keywords.length && coverage(holding) * 2 >= total).sort(byRelevance);
    return { kind: 'all', hits: capHits(guideFirst([...complete, ...near].map(({ hit }) => hit))) };
  }
  const shown = capHits(guideFirst(all.sort((a, b) => coverage(b) - coverage(a) || byRelevance(a, b)).map(({ hit }) => hit)));
  const held = new Set(shown.flatMap((hit) => [...(holdings.get(hit.url)?.held.keys() ?? [])]));
  return {
    kind: 'some',
    hits: shown,
    found: keywords.filter((_, index) => held.has(index)),
    missing: keywords.filter((_, index) => !held.has(index)),
  };
}
