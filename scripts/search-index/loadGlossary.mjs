/**
 * Loads the glossaries (src/i18n/glossary, TypeScript) into this plain Node script, so the index
 * reads the terms and synonyms from their one source instead of a copy. Node strips the types;
 * what it cannot do alone is resolve the source's extensionless relative imports (`'../sim'`,
 * written for Vite), so a resolve hook tries `<specifier>.ts` and `<specifier>/index.ts`, as
 * Vite does. Everything else resolves as Node always does.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    const extensionless = /^\.\.?\//.test(specifier) && !/\.[cm]?[jt]sx?$|\.json$/.test(specifier);
    if (extensionless) {
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        try {
          return nextResolve(candidate, context);
        } catch {
          // not this one: try the next candidate
        }
      }
    }
    return nextResolve(specifier, context);
  },
});

const { spelledGlossary } = await import('../../src/i18n/glossary/index.ts');
const { sectionIds } = await import('../../src/guide/sections.ts');
const { locales, langOf } = await import('../../src/i18n/locales.ts');

/** Each locale's terms, spelled, with their synonyms; the stable section ids; the locales with their `<html lang>`. */
export const glossary = {
  /** @type {Record<string, { term: string, synonyms: readonly string[] }[]>} */
  terms: Object.fromEntries(locales.map((locale) => [locale, spelledGlossary(locale)])),
  /** @type {readonly string[]} */
  sectionIds,
  /** @type {Record<string, string>} BCP 47 tag (lowercased) to locale */
  localeOfLang: Object.fromEntries(locales.map((locale) => [langOf(locale).toLowerCase(), locale])),
};
