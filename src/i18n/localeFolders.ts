import { locales, type Locale } from './locales';

/**
 * One module of every locale's folder (`src/i18n/<locale>/<file>.ts`), for the build, the tests
 * and the Node scripts: the registries ask for the locales of the table (`config/locales.ts`),
 * so a new locale is a row and a folder, and a row whose folder lacks the file fails the build
 * saying which. `load` imports one locale's file: each registry passes its own
 * `(locale) => import(\`../${locale}/sim.ts\`)`, a template the bundler can follow.
 * @example const texts = await fromEveryFolder('sim.ts', (locale) => import(`../${locale}/sim.ts`).then((m) => m.sim));
 */
export async function fromEveryFolder<T>(file: string, load: (locale: Locale) => Promise<T>): Promise<Record<Locale, T>> {
  const entries = await Promise.all(
    locales.map(async (locale) => {
      try {
        return [locale, await load(locale)] as const;
      } catch (error) {
        throw new Error(`locale "${locale}" of src/config/locales.ts: src/i18n/${locale}/${file} could not be loaded`, { cause: error });
      }
    }),
  );
  return Object.fromEntries(entries) as Record<Locale, T>;
}
