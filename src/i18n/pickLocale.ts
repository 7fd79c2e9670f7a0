import { defaultLocale, type Locale } from './locales';

/**
 * Chooses the help center's locale for a visitor from the browser's preferred languages,
 * in their order. Any Chinese tag goes to Traditional Chinese, the only Chinese we publish:
 * readers of Simplified Chinese read it far more easily than English.
 * @example pickLocale(['fr-FR', 'ja-JP', 'en']) // 'ja'
 * @example pickLocale(['de']) // 'en'
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'en') return 'en';
    if (primary === 'ja') return 'ja';
    if (primary === 'zh') return 'zh-tw';
  }
  return defaultLocale;
}
