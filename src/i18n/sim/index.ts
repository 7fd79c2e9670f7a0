/**
 * The simulator's dictionaries for the build and the tests, parsed once at import (a missing
 * key or placeholder throws before anything renders), and the helpers every island uses to
 * speak a locale. The browser loads them per language instead (`client.ts`).
 */
import { parseDictionaryAgainst } from '../dictionary';
import { format } from '../format';
import { sim as en, type SimDictionary, type SimKey } from '../en/sim';
import { mail as enMail } from '../en/mail';
import { fromEveryFolder } from '../localeFolders';
import type { Locale } from '../locales';

export type { SimDictionary, SimKey };

const parse = (name: string, screens: unknown, mail: unknown): SimDictionary => ({
  ...parseDictionaryAgainst('Simulator', name, en, screens),
  ...parseDictionaryAgainst('Simulator mail', name, enMail, mail),
});

/** Every simulator dictionary by locale: a message is rendered in its recipient's language. */
export const simDictionaries: Readonly<Record<Locale, SimDictionary>> = await fromEveryFolder('sim.ts and mail.ts', async (locale) => {
  const [screens, mail] = await Promise.all([
    import(`../${locale}/sim.ts`).then((module: { sim: unknown }) => module.sim),
    import(`../${locale}/mail.ts`).then((module: { mail: unknown }) => module.mail),
  ]);
  return parse(locale, screens, mail);
});

export type SimTranslate = (key: SimKey, params?: Record<string, string | number>) => string;

/** @example simTranslations('ja')('signIn.submit') // 'サインイン' */
export function simTranslations(locale: Locale): SimTranslate {
  const dictionary = simDictionaries[locale];
  return (key, params) => format(dictionary[key], params);
}

export { formatDate, formatDateTime, formatList, formatNumber } from './intl';
