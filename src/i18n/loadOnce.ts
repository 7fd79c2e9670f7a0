import type { Locale } from './locales';

/**
 * Texts per language, each loaded (a chunk of its own) on first need and kept: what the
 * browser's dictionaries share. `loaded` is what is there so far.
 * @example const mail = loadOnce({ en: () => import('./mail/en').then((m) => m.enMail), … }); await mail.load('ja');
 */
export function loadOnce<T>(loaders: Readonly<Record<Locale, () => Promise<T>>>) {
  const loaded: Partial<Record<Locale, T>> = {};
  return {
    loaded: loaded as Readonly<Partial<Record<Locale, T>>>,
    async load(locale: Locale): Promise<T> {
      const value = loaded[locale] ?? (await loaders[locale]());
      loaded[locale] = value;
      return value;
    },
  };
}
