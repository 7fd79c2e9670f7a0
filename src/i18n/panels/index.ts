import { format } from '../format';
import type { Locale } from '../locales';
import type { PanelDictionary, PanelKey } from './en';

export type { PanelKey };
export type PanelTranslate = (key: PanelKey, params?: Record<string, string | number>) => string;

// One chunk per language: a guide page loads only its own.
const loaders: Record<Locale, () => Promise<PanelDictionary>> = {
  en: () => import('./en').then((module) => module.en),
  'zh-tw': () => import('./zh-tw').then((module) => module.zhTw),
  ja: () => import('./ja').then((module) => module.ja),
};
const loaded: Partial<Record<Locale, PanelDictionary>> = {};

/** Loads (once) the panels' texts in a language. */
export async function loadPanelDictionary(locale: Locale): Promise<PanelDictionary> {
  const dictionary = loaded[locale] ?? (await loaders[locale]());
  loaded[locale] = dictionary;
  return dictionary;
}

/** The panels' texts in a loaded language (the page loads it before any panel renders). */
export function panelTranslations(locale: Locale): PanelTranslate {
  const dictionary = loaded[locale];
  if (!dictionary) throw new Error(`panel texts for ${locale} are not loaded`);
  return (key, params) => format(dictionary[key], params);
}
