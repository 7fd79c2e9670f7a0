import { defaultLocale, isLocale, locales, type Locale } from '../i18n/locales';
import type { GuidePage } from './pageSchema';
import { sectionIds, type SectionId } from './sections';
import { revisionProblems, translationStatus, type TranslationStatus } from './translationStatus';

/** What the content loader gives us: an id such as `ja/roles` (or `ja` for a home page). */
export interface GuideEntryLike<E> {
  id: string;
  data: GuidePage;
  entry: E;
}

/** One route of the guide: a slug in a locale, and the entry that fills it. */
export interface GuideRoute<E> {
  locale: Locale;
  slug: string;
  data: GuidePage;
  entry: E;
  /** The locale the content is written in: the route's, or English when it falls back. */
  contentLocale: Locale;
  /** A translated page's standing against its English twin; undefined on English and fallback routes. */
  translation?: TranslationStatus;
}

export interface Guide<E> {
  /** Every route of every locale, ordered by `order` within each locale. */
  routes: GuideRoute<E>[];
  /** The slug of the page that holds each section (the same in every locale). */
  sectionPage: Record<SectionId, string>;
}

function splitId(id: string): { locale: string; slug: string } {
  const [locale = '', ...rest] = id.split('/');
  return { locale, slug: rest.join('/') };
}

/**
 * Builds the guide's routes from the content entries and checks the rules that keep the
 * locales in step: every locale folder is known; every translated page has an English twin
 * and declares the same sections; English holds each GUIDE-FACTS section exactly once; every
 * English page has a revision and every translation follows one it has had (translationStatus.ts).
 * A page missing in a locale falls back to English, so every route exists everywhere.
 * Throws with every problem listed, which fails the build.
 */
export function buildGuide<E>(entries: readonly GuideEntryLike<E>[]): Guide<E> {
  const problems: string[] = [];
  const byLocale = new Map<Locale, Map<string, GuideEntryLike<E>>>(locales.map((l) => [l, new Map()]));
  for (const item of entries) {
    const { locale, slug } = splitId(item.id);
    if (!isLocale(locale)) problems.push(`content/${locale}/: unknown locale folder`);
    else byLocale.get(locale)?.set(slug, item);
  }
  const english = byLocale.get(defaultLocale) ?? new Map<string, GuideEntryLike<E>>();

  const sectionPage: Partial<Record<SectionId, string>> = {};
  for (const [slug, item] of english) {
    for (const section of item.data.sections) {
      if (sectionPage[section] !== undefined) problems.push(`section "${section}" is on two English pages`);
      sectionPage[section] = slug;
    }
  }
  for (const id of sectionIds) {
    if (sectionPage[id] === undefined) problems.push(`section "${id}" is on no English page`);
  }

  for (const locale of locales) {
    for (const [slug, item] of byLocale.get(locale) ?? []) {
      const twin = english.get(slug);
      const file = `content/${locale}/${slug || 'index'}.mdx`;
      if (locale === defaultLocale) problems.push(...revisionProblems(file, item.data));
      else if (twin) problems.push(...revisionProblems(file, item.data, twin.data));
      if (!twin) problems.push(`${file} has no English twin`);
      else if (twin.data.sections.join() !== item.data.sections.join()) {
        problems.push(`${file} declares other sections than English`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`The guide's content is inconsistent:\n  ${problems.join('\n  ')}`);

  const routes: GuideRoute<E>[] = [];
  for (const locale of locales) {
    const own = byLocale.get(locale) ?? new Map<string, GuideEntryLike<E>>();
    const ordered = [...english.entries()].sort(([, a], [, b]) => a.data.order - b.data.order);
    for (const [slug, fallback] of ordered) {
      const translated = own.get(slug);
      const item = translated ?? fallback;
      const route: GuideRoute<E> = { locale, slug, data: item.data, entry: item.entry, contentLocale: translated ? locale : defaultLocale };
      if (translated && locale !== defaultLocale) route.translation = translationStatus(fallback.data, translated.data);
      routes.push(route);
    }
  }
  return { routes, sectionPage: sectionPage as Record<SectionId, string> };
}

/**
 * Checks that a rendered page carries a heading with each declared section id.
 * Throws (failing the build) when an anchor that partners link to would be missing.
 */
export function assertSectionHeadings(where: string, declared: readonly string[], headingIds: readonly string[]): void {
  const missing = declared.filter((id) => !headingIds.includes(id));
  if (missing.length > 0) throw new Error(`${where}: no heading with id ${missing.map((id) => `"${id}"`).join(', ')}`);
}
