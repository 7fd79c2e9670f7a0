import type { PagefindResultData } from './pagefindTypes';
import { sectionExcerpt } from './sectionExcerpt';

/** The build marks CJK word boundaries with zero-width spaces (scripts/search-index): drop them for display. */
const unmark = (text: string) => text.replaceAll('\u200b', '');

/** One line of the search results: a section of a page. */
export interface SectionHit {
  url: string;
  title: string;
  pageTitle: string;
  excerpt: string;
}

/**
 * Turns Pagefind's page results (best page first) into section results, so a result opens
 * the matching section and not only the page. Within a page, the section with the most
 * matches comes first; pages keep Pagefind's order.
 * @example rankSections([{ url: '/en/roles/', meta: { title: 'Roles' }, excerpt: '', sub_results: [] }])
 */
export function rankSections(pages: readonly PagefindResultData[], perPage = 3, limit = 10): SectionHit[] {
  const hits: SectionHit[] = [];
  for (const page of pages) {
    const pageTitle = unmark(page.meta.title ?? page.url);
    const sections = [...page.sub_results]
      .map((sub, index) => ({ sub, index, weight: sub.locations?.length ?? 0 }))
      .sort((a, b) => b.weight - a.weight || a.index - b.index)
      .slice(0, perPage);
    if (sections.length === 0) hits.push({ url: page.url, title: pageTitle, pageTitle, excerpt: unmark(page.excerpt) });
    for (const { sub } of sections) hits.push({ url: sub.url, title: unmark(sub.title), pageTitle, excerpt: unmark(sectionExcerpt(page, sub) ?? sub.excerpt) });
  }
  return hits.slice(0, limit);
}
