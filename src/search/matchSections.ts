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
  /** Which keywords the section holds, by index. */
  held: Set<number>;
  /** Its places in the keywords' results, added up (lower is better). */
  places: number;
  /** Its best place in any keyword's results. */
  best: number;
}

/**
 * Decides what a query shows. Pagefind answers a query of several words with the pages that
 * hold them all, but a page may hold them in different sections, and one word the site never
 * uses leaves nothing at all. So each keyword is also searched alone (`perKeyword`, in the order
 * of `keywords`), which tells which sections hold it.
 * @param keywords the query's words, without stop words (keywordsOf); empty `perKeyword` for a one-word query
 * @param whole the sections of Pagefind's results for the whole query, best first
 * @param perKeyword for each keyword, the sections of its results, best first
 * @example matchSections(['resend', 'foobar'], [], [[resendHit], []]) // { kind: 'some', found: ['resend'], missing: ['foobar'], … }
 */
export function matchSections(keywords: readonly string[], whole: readonly SectionHit[], perKeyword: readonly (readonly SectionHit[])[]): SearchOutcome {
  if (perKeyword.length === 0) return whole.length > 0 ? { kind: 'all', hits: capHits(whole) } : { kind: 'none' };
  const holdings = new Map<string, Holding>();
  perKeyword.forEach((hits, keyword) => {
    hits.forEach((hit, place) => {
      const holding = holdings.get(hit.url) ?? { hit, held: new Set<number>(), places: 0, best: place };
      holding.held.add(keyword);
      holding.places += place;
      if (place < holding.best) holding.best = place;
      holdings.set(hit.url, holding);
    });
  });
  // A section missing from a keyword's results counts as last there.
  const missingPlace = Math.max(0, ...perKeyword.map((hits) => hits.length));
  const placesOf = (holding: Holding) => holding.places + (keywords.length - holding.held.size) * missingPlace;
  const wholeRank = new Map(whole.map((hit, index) => [hit.url, index]));
  const complete = [...holdings.values()]
    .filter((holding) => holding.held.size === keywords.length)
    // Pagefind's ranking of the whole query first; sections it missed (a stop word kept their page out) after.
    .sort((a, b) => (wholeRank.get(a.hit.url) ?? Infinity) - (wholeRank.get(b.hit.url) ?? Infinity) || placesOf(a) - placesOf(b));
  if (complete.length > 0) return { kind: 'all', hits: capHits(complete.map(({ hit }) => hit)) };
  const most = Math.max(0, ...[...holdings.values()].map((holding) => holding.held.size));
  if (most === 0) return { kind: 'none' };
  const shown = capHits(
    [...holdings.values()]
      .filter((holding) => holding.held.size === most)
      .sort((a, b) => a.best - b.best || placesOf(a) - placesOf(b))
      .map(({ hit }) => hit),
  );
  const held = new Set(shown.flatMap((hit) => [...(holdings.get(hit.url)?.held ?? [])]));
  return {
    kind: 'some',
    hits: shown,
    found: keywords.filter((_, index) => held.has(index)),
    missing: keywords.filter((_, index) => !held.has(index)),
  };
}
