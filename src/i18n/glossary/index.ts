/**
 * The glossaries, one per language: the one place each portal term is spelled (or, for a
 * portal label, the key under which the simulator's dictionary spells it), with the wrong
 * variants the prose linter flags and the synonyms search understands. Build-time and tests
 * only: the browser gets the words already in its dictionaries.
 */
import { fromEveryFolder } from '../localeFolders';
import type { Locale } from '../locales';
import { simDictionaries } from '../sim';
import { termIds, type Glossary, type TermEntry, type TermId } from './types';

export { termIds, type Glossary, type TermEntry, type TermId };

// Typed by each file (`glossary: Glossary`); a term's words are checked by test/unit/i18n/glossary.test.ts.
export const glossaries: Readonly<Record<Locale, Glossary>> = await fromEveryFolder('glossary.ts', (locale) =>
  import(`../${locale}/glossary.ts`).then((module: { glossary: Glossary }) => module.glossary),
);

/** How a term is spelled in a language: its own spelling, or its portal label's. */
export function spellTerm(locale: Locale, id: TermId): string {
  const entry = glossaries[locale][id];
  return 'term' in entry ? entry.term : simDictionaries[locale][entry.label];
}

/** One language's terms, spelled, with their variants and synonyms. */
export function spelledGlossary(locale: Locale): { id: TermId; term: string; variants: readonly string[]; synonyms: readonly string[] }[] {
  return termIds.map((id) => {
    const entry = glossaries[locale][id];
    return { id, term: spellTerm(locale, id), variants: entry.variants ?? [], synonyms: entry.synonyms ?? [] };
  });
}
