import { parseDictionary, type Dictionary, type UiKey } from './dictionary';
import { format } from './format';
import type { Locale } from './locales';
import { en } from './ui/en';
import { ja } from './ui/ja';
import { zhTw } from './ui/zh-tw';

/** Parsed once at import: a missing or empty key fails the build, not a visitor's page. */
const dictionaries: Record<Locale, Dictionary> = {
  en: parseDictionary('en', en),
  'zh-tw': parseDictionary('zh-tw', zhTw),
  ja: parseDictionary('ja', ja),
};

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/** @example useTranslations('ja')('nav.next') // '次へ' */
export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, params) => format(dictionary[key], params);
}

export type { UiKey };
