import { defaultLocale } from '../config/locales';
import type { LanguageId } from '../domain/languages';

let language: LanguageId = defaultLocale;

/**
 * Tells the store the page's language before any island asks for the portal (`islands/mount.tsx`
 * does, from the island's `data-locale`). If this page has to start the practice data (first
 * visit in this browser, a reset, unreadable data), Harry prefers this language, so his
 * invitation arrives in the trainee's language; a stored document keeps the one it has.
 * A leaf module, so a page's opening code can say it without loading the store.
 */
export function setPageLanguage(next: LanguageId): void {
  language = next;
}

/** The language `setPageLanguage` was given (the default locale, English, until then: server rendering, tests). */
export function pageLanguage(): LanguageId {
  return language;
}
