import { format } from '../format';
import { loadOnce } from '../loadOnce';
import type { Locale } from '../locales';
import type { PanelDictionary, PanelKey } from '../en/panels';

export type { PanelKey };
export type PanelTranslate = (key: PanelKey, params?: Record<string, string | number>) => string;

// One chunk per language: a guide page loads only its own.
const panelTexts = loadOnce((locale) => import(`../${locale}/panels.ts`).then((module: { panels: PanelDictionary }) => module.panels));

/** Loads (once) the panels' texts in a language. */
export const loadPanelDictionary = (locale: Locale) => panelTexts.load(locale);

/** The panels' texts in a loaded language (the page loads it before any panel renders). */
export function panelTranslations(locale: Locale): PanelTranslate {
  const dictionary = panelTexts.loaded[locale];
  if (!dictionary) throw new Error(`panel texts for ${locale} are not loaded`);
  return (key, params) => format(dictionary[key], params);
}
