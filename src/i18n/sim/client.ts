/**
 * The simulator's dictionaries in the browser, loaded per language: the page's own language
 * whole (screens and mail), and for a message in another language only that language's mail
 * texts. Their keys are checked by the type checker and the parity tests, not again here.
 */
import { format } from '../format';
import { loadOnce } from '../loadOnce';
import type { Locale } from '../locales';
import type { MailDictionary } from '../en/mail';
import type { SimScreenDictionary, SimDictionary } from '../en/sim';
import type { SimTranslate } from './index';

// One chunk per locale folder and file: the page's language loads its own, nothing else.
const screens = loadOnce((locale) => import(`../${locale}/sim.ts`).then((module: { sim: SimScreenDictionary }) => module.sim));
const mail = loadOnce((locale) => import(`../${locale}/mail.ts`).then((module: { mail: MailDictionary }) => module.mail));

const pages: Partial<Record<Locale, SimDictionary>> = {};

/** The mail texts loaded so far, by language (for `renderMail`). */
export function loadedMailDictionaries(): Readonly<Partial<Record<Locale, MailDictionary>>> {
  return mail.loaded;
}

/** Loads (once) a language's mail texts. */
export const loadMailDictionary = (locale: Locale): Promise<MailDictionary> => mail.load(locale);

/** Loads (once) all the texts of the page's language. */
export async function loadSimDictionary(locale: Locale): Promise<SimDictionary> {
  const ready = pages[locale];
  if (ready) return ready;
  const [screenTexts, mailTexts] = await Promise.all([screens.load(locale), mail.load(locale)]);
  const dictionary = { ...screenTexts, ...mailTexts };
  pages[locale] = dictionary;
  return dictionary;
}

/** Texts of a loaded language (mount.tsx loads the page's language before any island renders). */
export function simTranslations(locale: Locale): SimTranslate {
  const dictionary = pages[locale];
  if (!dictionary) throw new Error(`simulator texts for ${locale} are not loaded`);
  return (key, params) => format(dictionary[key], params);
}
