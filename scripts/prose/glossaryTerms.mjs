// The glossary as the prose tools read it: every term of a language spelled (portal labels by
// the simulator's dictionary), with the simulator key of each label. Imports the TypeScript
// glossary, so a Node script needs `--import ./scripts/lib/registerTs.mjs`; vitest needs nothing.
import { glossaries, spelledGlossary } from '../../src/i18n/glossary/index.ts';
import { locales } from '../../src/i18n/locales.ts';

export { locales };

/** Where each language's generated prh dictionary is committed, from the repository root. */
export const prhPath = (/** @type {string} */ locale) => `prose/prh/${locale}.yml`;

/**
 * @param {import('../../src/i18n/locales.ts').Locale} locale
 * @returns {import('./prhDictionary.mjs').GlossaryTerm[]}
 */
export function glossaryTerms(locale) {
  return spelledGlossary(locale).map((term) => {
    const entry = glossaries[locale][term.id];
    return 'label' in entry ? { ...term, label: entry.label } : term;
  });
}
