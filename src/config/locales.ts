/**
 * The locales the help center publishes: the one table the site, its dictionaries and the
 * portal's domain (a user's notification language) read. A leaf: it imports nothing. The folder key is what appears in URLs and in
 * `content/<key>/`; `lang` is the BCP 47 tag written into `<html lang>`, hreflang and Intl calls.
 */
export const locales = ['en', 'zh-tw', 'ja'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export interface LocaleInfo {
  /** BCP 47 tag for `<html lang>`, hreflang and Intl. */
  lang: string;
  /** The language's own name, shown in the language picker. */
  label: string;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { lang: 'en', label: 'English' },
  'zh-tw': { lang: 'zh-TW', label: '繁體中文' },
  ja: { lang: 'ja', label: '日本語' },
};

/** @example isLocale('ja') // true; isLocale('fr') // false */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** @example langOf('zh-tw') // 'zh-TW' */
export function langOf(locale: Locale): string {
  return localeInfo[locale].lang;
}
