import type { Locale } from '../i18n/locales';

/**
 * The URL of a guide page, with an optional section fragment. The home page's slug is ''.
 * @example pageUrl('ja', 'roles', 'roles') // '/ja/roles/#roles'
 */
export function pageUrl(locale: Locale, slug: string, sectionId?: string): string {
  const path = slug ? `/${locale}/${slug}/` : `/${locale}/`;
  return sectionId ? `${path}#${sectionId}` : path;
}

/** @example partnerLink('roles') // '/go/roles/' */
export function partnerLink(sectionId: string): string {
  return `/go/${sectionId}/`;
}
