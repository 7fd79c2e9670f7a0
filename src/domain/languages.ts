import { locales, type Locale } from '../config/locales';
import type { ErrorKey } from './errors';
import { text } from './text';

/**
 * The languages a user can prefer for notifications: exactly the locales the site has
 * dictionaries for, because messages are rendered from those dictionaries. `config/locales.ts`
 * is a leaf module of constants, so importing it keeps one source of truth without pulling
 * any UI into the domain.
 */
export const languageIds = locales;
export type LanguageId = Locale;

/** @example isLanguageId('zh-tw') // true; isLanguageId('fr') // false */
export function isLanguageId(value: unknown): value is LanguageId {
  return typeof value === 'string' && (languageIds as readonly string[]).includes(value);
}

/** @example validateLanguage('ja') // undefined; validateLanguage('fr') // 'error.language.unknown' */
export function validateLanguage(value: unknown): ErrorKey | undefined {
  const language = text(value);
  if (language === '') return 'error.language.empty';
  return isLanguageId(language) ? undefined : 'error.language.unknown';
}
