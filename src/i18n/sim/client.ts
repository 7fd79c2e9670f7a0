/**
 * The simulator's dictionaries in the browser, loaded per language: the page's own language
 * whole (screens and mail), and for a message in another language only that language's mail
 * texts. Their keys are checked by the type checker and the parity tests, not again here.
 */
import { format } from '../format';
import { loadOnce } from '../loadOnce';
import type { Locale } from '../locales';
import type { SimDictionary } from './en';
import type { SimTranslate } from './index';
import type { MailDictionary } from './mail/en';

const screens = loadOnce({
  en: () => import('./en').then((module) => module.en),
  'zh-tw': () => import('./zh-tw').then((module) => module.zhTw),
  ja: () => import('./ja').then((module) => module.ja),
});
const mail = loadOnce({
  en: () => import('./mail/en').then((module) => module.enMail),
  'zh-tw': () => import('./mail/zh-tw').then((module) => module.zhTwMail),
  ja: () => import('./mail/ja').then((module) => module.jaMail),
});

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
