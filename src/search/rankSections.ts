import type { PagefindResultData, PagefindSubResult } from './pagefindTypes';
import { sectionExcerpt, sectionLength } from './sectionExcerpt';

/** The build marks CJK word boundaries with zero-width spaces (scripts/search-index): drop them for display. */
const unmark = (text: string) => text.replaceAll('\u200b', '');

/** One line of the search results: a section of a page. */
export interface SectionHit {
  url: string;
  title: string;
  pageTitle: string;
  excerpt: string;
  /** How many times the section holds the words searched, and how many words it has (for ranking sections: matchSections). */
  matches?: number;
  length?: number;
  /** A section of a page for partners (its index entry says so: scripts/search-index/audience.mjs). */
  forPartners?: boolean;
}

/** How much a section holds the words searched: each match as Pagefind weighs it (a heading's word counts more than a sentence's). */
const matchWeight = (sub: PagefindSubResult) => sub.weighted_locations?.reduce((sum, location) => sum + location.weight, 0) ?? sub.locations?.length ?? 0;

const foldedWeights = (intro: PagefindSubResult, section: PagefindSubResult) =>
  intro.weighted_locations && section.weighted_locations ? { weighted_locations: [...intro.weighted_locations, ...section.weighted_locations] } : {};

/**
 * The page's sections as Pagefind found them, with its introduction (the text before the first
 * section, which Pagefind returns as a result of the page itself) folded into the first
 * section: the introduction leads into that section, and search lists sections.
 */
function sectionsOf(page: PagefindResultData): { sub: PagefindSubResult; introLength: number }[] {
  const first = (page.anchors ?? []).filter((anchor) => /^h2$/i.test(anchor.element) && anchor.id).sort((a, b) => a.location - b.location)[0];
  const intro = page.sub_results.find((sub) => !sub.anchor);
  if (!first || !intro) return page.sub_results.map((sub) => ({ sub, introLength: 0 }));
  const introLength = sectionLength(page, intro) ?? 0;
  const firstSub = page.sub_results.find((sub) => sub.anchor?.id === first.id);
  const folded: PagefindSubResult = firstSub
    ? { ...firstSub, locations: [...(intro.locations ?? []), ...(firstSub.locations ?? [])], ...foldedWeights(intro, firstSub) }
    : { ...intro, url: `${page.url}#${encodeURIComponent(first.id)}`, title: first.text ?? intro.title, anchor: first };
  return page.sub_results.filter((sub) => sub !== intro && sub !== firstSub).map((sub) => ({ sub, introLength: 0 })).concat({ sub: folded, introLength });
}

/**
 * Turns Pagefind's page results (best page first) into section results, so a result opens
 * the matching section and not only the page. Within a page, the section with the most
 * matches comes first (document order among equals); pages keep Pagefind's order.
 * @example rankSections([{ url: '/en/roles/', meta: { title: 'Roles' }, excerpt: '', sub_results: [] }])
 */
export function rankSections(pages: readonly PagefindResultData[], perPage = 3, limit = 10): SectionHit[] {
  const hits: SectionHit[] = [];
  for (const page of pages) {
    const pageTitle = unmark(page.meta.title ?? page.url);
    const forPartners = page.meta.audience === 'partners' ? { forPartners: true } : {};
    const sections = sectionsOf(page)
      .map(({ sub, introLength }) => ({ sub, introLength, weight: matchWeight(sub), at: sub.anchor?.location ?? 0 }))
      .sort((a, b) => b.weight - a.weight || a.at - b.at)
      .slice(0, perPage);
    if (sections.length === 0) hits.push({ url: page.url, title: pageTitle, pageTitle, excerpt: unmark(page.excerpt), ...forPartners });
    for (const { sub, introLength, weight } of sections) {
      const length = (sectionLength(page, sub) ?? 0) + introLength;
      const excerpt = unmark(sectionExcerpt(page, sub) ?? sub.excerpt);
      hits.push({ url: sub.url, title: unmark(sub.title), pageTitle, excerpt, matches: weight, ...(length > 0 ? { length } : {}), ...forPartners });
    }
  }
  return hits.slice(0, limit);
}
