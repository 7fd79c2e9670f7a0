/**
 * The practice scenarios' texts for the build and the tests: each language parsed against English
 * at import (same keys, same placeholders), then its placeholders filled from the simulator's
 * dictionary, the glossary and the example data. The glossary is build-time only, so the
 * practice pages get these texts already filled, as props.
 */
import { localeInfo, locales, type Locale } from '../../config/locales';
import { parseDictionaryAgainst } from '../dictionary';
import { format } from '../format';
import { practice as en, type PracticeDictionary, type PracticeKey } from '../en/practice';
import { spellTerm } from '../glossary';
import { fromEveryFolder } from '../localeFolders';
import { simDictionaries } from '../sim';
import { practicePlaceholders, type PlaceholderSource } from './placeholders';

export type { PracticeDictionary, PracticeKey };

/** The raw texts (placeholders unfilled), checked against English: what the prose lint and the tests read. */
export const practiceDictionaries: Readonly<Record<Locale, PracticeDictionary>> = await fromEveryFolder('practice.ts', (locale) =>
  import(`../${locale}/practice.ts`).then((module: { practice: unknown }) => parseDictionaryAgainst('Practice', locale, en, module.practice)),
);

/** A placeholder's words in `locale`. */
export function placeholderText(locale: Locale, source: PlaceholderSource): string {
  if ('term' in source) return spellTerm(locale, source.term);
  if ('label' in source) return simDictionaries[locale][source.label];
  if ('language' in source) return localeInfo[source.language].label;
  return source.value;
}

const filled = (locale: Locale): PracticeDictionary => {
  const values = Object.fromEntries(Object.entries(practicePlaceholders).map(([name, source]) => [name, placeholderText(locale, source)]));
  return Object.fromEntries(Object.entries(practiceDictionaries[locale]).map(([key, template]) => [key, format(template, values)])) as PracticeDictionary;
};

/** Every language's texts, filled: what a practice page shows. */
export const practiceTexts: Readonly<Record<Locale, PracticeDictionary>> = Object.fromEntries(locales.map((locale) => [locale, filled(locale)])) as Record<Locale, PracticeDictionary>;

/** @example practiceText('ja', 'work-account.title') */
export function practiceText(locale: Locale, key: PracticeKey): string {
  return practiceTexts[locale][key];
}
