/**
 * The simulator's dictionaries in the browser: English (the reference every other dictionary
 * is parsed against) comes with the page's code; zh-TW and Japanese load when needed (the page
 * is in that language, or a message is for someone who prefers it). Each is parsed once.
 */
import { parseDictionaryAgainst } from '../dictionary';
import { format } from '../format';
import type { Locale } from '../locales';
import { en, type SimDictionary } from './en';
import type { SimTranslate } from './index';

const parse = (name: string, raw: unknown): SimDictionary => parseDictionaryAgainst('Simulator', name, en, raw);

const loaded: Partial<Record<Locale, SimDictionary>> = { en: parse('en', en) };
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<SimDictionary>> = {
  'zh-tw': () => import('./zh-tw').then((module) => module.zhTw),
  ja: () => import('./ja').then((module) => module.ja),
};

/** The dictionaries loaded so far. */
export function loadedDictionaries(): Readonly<Partial<Record<Locale, SimDictionary>>> {
  return loaded;
}

/** Loads (once) and parses a locale's dictionary. */
export async function loadSimDictionary(locale: Locale): Promise<SimDictionary> {
  const ready = loaded[locale];
  if (ready) return ready;
  const dictionary = parse(locale, await loaders[locale as Exclude<Locale, 'en'>]());
  loaded[locale] = dictionary;
  return dictionary;
}

/** Texts of a loaded locale (mount.tsx loads the page's locale before any island renders). */
export function simTranslations(locale: Locale): SimTranslate {
  const dictionary = loaded[locale] ?? loaded.en ?? parse('en', en);
  return (key, params) => format(dictionary[key], params);
}
