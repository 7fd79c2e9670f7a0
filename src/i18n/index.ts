import { parseDictionary, type Dictionary, type UiKey } from './dictionary';
import { format } from './format';
import { fromEveryFolder } from './localeFolders';
import type { Locale } from './locales';

/** Parsed once at import: a missing or empty key fails the build, not a visitor's page. */
const dictionaries: Record<Locale, Dictionary> = await fromEveryFolder('ui.ts', (locale) =>
  import(`./${locale}/ui.ts`).then((module: { ui: unknown }) => parseDictionary(locale, module.ui)),
);

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/** @example useTranslations('ja')('nav.next') // '次へ' */
export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, params) => format(dictionary[key], params);
}

export type { UiKey };
