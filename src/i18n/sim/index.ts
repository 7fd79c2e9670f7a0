/**
 * The simulator's dictionaries, parsed once at import (a missing key or placeholder throws
 * before anything renders), and the helpers every island uses to speak a locale.
 */
import { parseDictionaryAgainst } from '../dictionary';
import { format } from '../format';
import type { Locale } from '../locales';
import { en, type SimDictionary, type SimKey } from './en';
import { ja } from './ja';
import { zhTw } from './zh-tw';

export type { SimDictionary, SimKey };

const parse = (name: string, raw: unknown): SimDictionary => parseDictionaryAgainst('Simulator', name, en, raw);

/** Every simulator dictionary by locale: a message is rendered in its recipient's language. */
export const simDictionaries: Readonly<Record<Locale, SimDictionary>> = {
  en: parse('en', en),
  'zh-tw': parse('zh-tw', zhTw),
  ja: parse('ja', ja),
};

export type SimTranslate = (key: SimKey, params?: Record<string, string | number>) => string;

/** @example simTranslations('ja')('signIn.submit') // 'サインイン' */
export function simTranslations(locale: Locale): SimTranslate {
  const dictionary = simDictionaries[locale];
  return (key, params) => format(dictionary[key], params);
}

export { formatDate, formatDateTime, formatList, formatNumber } from './intl';
