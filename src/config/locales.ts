/**
 * The locales the help center publishes: the one table the site, its dictionaries and the
 * portal's domain (a user's notification language) read. A leaf: it imports nothing. A locale is
 * a row here and a folder of strings, `src/i18n/<key>/` (every registry loads the folder of each
 * row), plus its guide pages in `content/<key>/` (README: "Adding a locale"). No other source
 * file names a locale (`test/unit/i18n/localeNames.test.ts`).
 *
 * The key is what appears in URLs and folder names; `lang` is the BCP 47 tag written into
 * `<html lang>`, hreflang and Intl calls.
 */

/** A font stack of `global.css` (`[data-script=…]`): each CJK script names its own fonts first, so a Japanese page never borrows Chinese glyph shapes. */
export type Script = 'latin' | 'japanese' | 'traditional-chinese';

/** BudouX's phrase models (`src/phrases/phrases.ts`). */
export type PhraseModel = 'ja' | 'zh-hant';

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
  /**
   * The browser languages (primary subtags, lower case) that choose this locale, in
   * `pickLocale`. Any Chinese goes to Traditional Chinese, the only Chinese published: readers
   * of Simplified Chinese read it far more easily than English.
   */
  browserLanguages: readonly string[];
  /** Its font stack and line height in `global.css` (written as `data-script` next to each `lang`). */
  script: Script;
  /**
   * How its lines break: `null`, at spaces; a BudouX model, between phrases, marked at build
   * time with `<wbr>` (`src/phrases/`) and made the only break points by `global.css`
   * (`data-line-break="phrases"`: keep-all, strict line breaking).
   */
  phraseModel: PhraseModel | null;
  /**
   * Whether its words are separated by spaces. When not (Chinese, Japanese), search cuts text and
   * queries into words with `Intl.Segmenter` (`src/search/searchWords.ts`), and sentences and
   * words are joined without a space.
   */
  spacesBetweenWords: boolean;
}

export const localeInfo = {
  en: { lang: 'en', label: 'English', labelQuotes: null, browserLanguages: ['en'], script: 'latin', phraseModel: null, spacesBetweenWords: true },
  'zh-tw': { lang: 'zh-TW', label: '繁體中文', labelQuotes: ['「', '」'], browserLanguages: ['zh'], script: 'traditional-chinese', phraseModel: 'zh-hant', spacesBetweenWords: false },
  ja: { lang: 'ja', label: '日本語', labelQuotes: ['［', '］'], browserLanguages: ['ja'], script: 'japanese', phraseModel: 'ja', spacesBetweenWords: false },
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof localeInfo;
/** The locales in the table's order (the language picker's, the sitemap's). */
export const locales = Object.keys(localeInfo) as readonly Locale[] as readonly [Locale, ...Locale[]];
/** The language the guide is written in first; the others translate it (and fall back to it). */
export const defaultLocale = locales[0];

/** @example isLocale('ja') // true; isLocale('fr') // false */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(localeInfo, value);
}

/** @example langOf('zh-tw') // 'zh-TW' */
export function langOf(locale: Locale): string {
  return localeInfo[locale].lang;
}

/** The row whose `lang` is this tag (any case), or `undefined` for a language the site does not publish. @example localeOfLang('zh-tw') // 'zh-tw' */
export function localeOfLang(lang: string | undefined): Locale | undefined {
  const tag = (lang ?? '').toLowerCase();
  return locales.find((locale) => localeInfo[locale].lang.toLowerCase() === tag);
}

/**
 * The attributes the page writes beside each `lang` so `global.css` can set the language's
 * fonts and line breaking without naming a language (`src/phrases/localeAttributes.ts`).
 * @example localeAttributes('ja') // { 'data-script': 'japanese', 'data-line-break': 'phrases' }
 */
export function localeAttributes(locale: Locale): { 'data-script': Script; 'data-line-break': 'phrases' | 'spaces' } {
  const info: LocaleInfo = localeInfo[locale];
  return { 'data-script': info.script, 'data-line-break': info.phraseModel ? 'phrases' : 'spaces' };
}

/**
 * A portal label as the language's running text quotes it; English returns it as it is (the
 * page sets it in bold). Code that puts a label into a sentence uses this, never its own marks.
 * @example quoteLabel('ja', '開始') // '［開始］'; quoteLabel('zh-tw', '開始') // '「開始」'
 */
export function quoteLabel(locale: Locale, text: string): string {
  const quotes: LocaleInfo['labelQuotes'] = localeInfo[locale].labelQuotes;
  return quotes ? `${quotes[0]}${text}${quotes[1]}` : text;
}
