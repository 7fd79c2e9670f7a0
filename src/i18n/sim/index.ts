/**
 * The simulator's dictionaries for the build and the tests, parsed once at import (a missing
 * key or placeholder throws before anything renders), and the helpers every island uses to
 * speak a locale. The browser loads them per language instead (`client.ts`).
 */
import { parseDictionaryAgainst } from '../dictionary';
import { format } from '../format';
import type { Locale } from '../locales';
import { en, type SimDictionary, type SimKey } from './en';
import { ja } from './ja';
import { enMail } from './mail/en';
import { jaMail } from './mail/ja';
import { zhTwMail } from './mail/zh-tw';
import { zhTw } from './zh-tw';

export type { SimDictionary, SimKey };

const parse = (name: string, screens: unknown, mail: unknown): SimDictionary => ({
  ...parseDictionaryAgainst('Simulator', name, en, screens),
  ...parseDictionaryAgainst('Simulator mail', name, enMail, mail),
});

/** Every simulator dictionary by locale: a message is rendered in its recipient's language. */
export const simDictionaries: Readonly<Record<Locale, SimDictionary>> = {
  en: parse('en', en, enMail),
  'zh-tw': parse('zh-tw', zhTw, zhTwMail),
  ja: parse('ja', ja, jaMail),
};

export type SimTranslate = (key: SimKey, params?: Record<string, string | number>) => string;

/** @example simTranslations('ja')('signIn.submit') // 'サインイン' */
export function simTranslations(locale: Locale): SimTranslate {
  const dictionary = simDictionaries[locale];
  return (key, params) => format(dictionary[key], params);
}

export { formatDate, formatDateTime, formatList, formatNumber } from './intl';
