import { defaultLocale, localeInfo, locales, type Locale } from './locales';

/**
 * Chooses the help center's locale for a visitor from the browser's preferred languages, in
 * their order: the first whose primary subtag a row of the locale table answers
 * (`browserLanguages`), else the default.
 * @example pickLocale(['fr-FR', 'ja-JP', 'en']) // 'ja'
 * @example pickLocale(['de']) // 'en'
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    const chosen = locales.find((locale) => (localeInfo[locale].browserLanguages as readonly string[]).includes(primary));
    if (chosen) return chosen;
  }
  return defaultLocale;
}
