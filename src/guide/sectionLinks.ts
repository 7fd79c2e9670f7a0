import { render } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { loadGuide } from './loadGuide';
import type { SectionId } from './sections';
import { pageUrl } from './urls';

export interface SectionLink {
  readonly href: string;
  /** The section's heading as the guide's page in `locale` writes it. */
  readonly title: string;
}

/** Every guide section's link and heading in `locale`, read from the guide itself (never retyped). */
export async function sectionLinks(locale: Locale): Promise<(section: SectionId) => SectionLink> {
  const { routes, sectionPage } = await loadGuide();
  const titles = new Map<string, string>();
  for (const route of routes.filter((candidate) => candidate.locale === locale)) {
    const { headings } = await render(route.entry);
    for (const heading of headings) titles.set(heading.slug, heading.text);
  }
  return (section) => ({ href: pageUrl(locale, sectionPage[section], section), title: titles.get(section) ?? section });
}
