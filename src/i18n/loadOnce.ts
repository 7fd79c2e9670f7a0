import type { Locale } from './locales';

/**
 * Texts per language, each loaded (a chunk of its own) on first need and kept: what the
 * browser's dictionaries share. `loaded` is what is there so far. The loader names the locale's
 * folder with a template (`import(\`../${locale}/panels.ts\`)`), which the bundler turns into one
 * chunk per folder: a new locale's folder needs no entry here.
 * @example const mail = loadOnce((locale) => import(`../${locale}/mail.ts`).then((m) => m.mail)); await mail.load('ja');
 */
export function loadOnce<T>(loader: (locale: Locale) => Promise<T>) {
  const loaded: Partial<Record<Locale, T>> = {};
  return {
    loaded: loaded as Readonly<Partial<Record<Locale, T>>>,
    async load(locale: Locale): Promise<T> {
      const value = loaded[locale] ?? (await loader(locale));
      loaded[locale] = value;
      return value;
    },
  };
}
