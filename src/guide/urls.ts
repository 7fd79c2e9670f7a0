import { withBase } from '../config/base';
import { defaultLocale, localeInfo, locales, type Locale } from '../i18n/locales';

// Every URL here is under the site's base path (`config/base.ts`): the examples show the default, `/`.

/**
 * The URL of a guide page, with an optional section fragment. The home page's slug is ''.
 * @example pageUrl('ja', 'roles', 'roles') // '/ja/roles/#roles'
 */
export function pageUrl(locale: Locale, slug: string, sectionId?: string): string {
  const path = withBase(slug ? `/${locale}/${slug}/` : `/${locale}/`);
  return sectionId ? `${path}#${sectionId}` : path;
}

/**
 * The hreflang alternates of a page that has the same slug in every locale (the simulator and
 * practice pages), with English as the default.
 * @example sameSlugAlternates('simulator')[0] // { hreflang: 'en', path: '/en/simulator/' }
 */
export function sameSlugAlternates(slug: string): { hreflang: string; path: string }[] {
  return [...locales.map((locale) => ({ hreflang: localeInfo[locale].lang, path: withBase(`/${locale}/${slug}/`) })), { hreflang: 'x-default', path: withBase(`/${defaultLocale}/${slug}/`) }];
}

/** @example partnerLink('roles') // '/go/roles/' */
export function partnerLink(sectionId: string): string {
  return withBase(`/go/${sectionId}/`);
}

/** A practice scenario's page in one language. @example practiceUrl('ja', 'work-account') // '/ja/practice/work-account/' */
export function practiceUrl(locale: Locale, scenarioId: string): string {
  return withBase(`/${locale}/practice/${scenarioId}/`);
}

/**
 * The short link that opens a practice scenario in the visitor's language, as `partnerLink`
 * does for a section (`pages/go/practice/[id].astro`).
 * @example practiceLink('work-account') // '/go/practice/work-account/'
 */
export function practiceLink(scenarioId: string): string {
  return withBase(`/go/practice/${scenarioId}/`);
}
