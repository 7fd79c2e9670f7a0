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
  /**
   * The marks that quote a portal label (a button, field, page or menu) in running text:
   * Microsoft Japan writes ［…］, Taiwan writes 「…」. English has none: it sets labels in bold.
   */
  labelQuotes: readonly [open: string, close: string] | null;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { lang: 'en', label: 'English', labelQuotes: null },
  'zh-tw': { lang: 'zh-TW', label: '繁體中文', labelQuotes: ['「', '」'] },
  ja: { lang: 'ja', label: '日本語', labelQuotes: ['［', '］'] },
};

/** @example isLocale('ja') // true; isLocale('fr') // false */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** @example langOf('zh-tw') // 'zh-TW' */
export function langOf(locale: Locale): string {
  return localeInfo[locale].lang;
}

/**
 * A portal label as the language's running text quotes it; English returns it as it is (the
 * page sets it in bold). Code that puts a label into a sentence uses this, never its own marks.
 * @example quoteLabel('ja', '開始') // '［開始］'; quoteLabel('zh-tw', '開始') // '「開始」'
 */
export function quoteLabel(locale: Locale, text: string): string {
  const quotes = localeInfo[locale].labelQuotes;
  return quotes ? `${quotes[0]}${text}${quotes[1]}` : text;
}
