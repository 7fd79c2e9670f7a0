/**
 * Loads the glossaries (src/i18n/glossary, TypeScript) into this plain Node script, so the index
 * reads the terms and synonyms from their one source instead of a copy (`registerTs.mjs` lets
 * Node resolve the source's extensionless imports).
 */
import '../lib/registerTs.mjs';

const { spelledGlossary } = await import('../../src/i18n/glossary/index.ts');
const { sectionIds } = await import('../../src/guide/sections.ts');
const { locales, langOf } = await import('../../src/i18n/locales.ts');

/** Each locale's terms, spelled, with their synonyms; the stable section ids; the locales with their `<html lang>`. */
export const glossary = {
  /** @type {Record<string, { term: string, synonyms: readonly string[] }[]>} */
  // A term's wrong variants are words readers type too (the old name, the spelling without
  // Microsoft Japan's spaces: メールアドレス for メール アドレス), so search understands them
  // as synonyms; a variant written as a /regular expression/ is not a word and is left out.
  terms: Object.fromEntries(
    locales.map((locale) => [
      locale,
      spelledGlossary(locale).map((entry) => ({ ...entry, synonyms: [...entry.synonyms, ...entry.variants.filter((variant) => !variant.startsWith('/'))] })),
    ]),
  ),
  /** @type {readonly string[]} */
  sectionIds,
  /** @type {Record<string, string>} BCP 47 tag (lowercased) to locale */
  localeOfLang: Object.fromEntries(locales.map((locale) => [langOf(locale).toLowerCase(), locale])),
};
