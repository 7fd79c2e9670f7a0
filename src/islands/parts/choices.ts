import { countryOptions } from '../../domain/countries';
import { languageIds } from '../../domain/languages';
import { langOf, localeInfo, type Locale } from '../../i18n/locales';

/** One entry of a select: the value sent, the words shown. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** The countries and regions a select offers, named in the page's language. */
export function countryChoices(locale: Locale): readonly Choice[] {
  return countryOptions(langOf(locale)).map(({ code, name }) => ({ value: code, label: name }));
}

/** The preferred languages a select offers, each named in its own language. */
export function languageChoices(): readonly Choice[] {
  return languageIds.map((id) => ({ value: id, label: localeInfo[id].label }));
}
