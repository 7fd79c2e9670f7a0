import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../src/i18n/locales';

export interface SearchQuery {
  query: string;
  section: string;
}

const load = (file: string): SearchQuery[] => JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'search-queries', file), 'utf8')) as SearchQuery[];

/**
 * Queries written the way readers of the language type them (`<locale>.readers.json`): short,
 * colloquial, in their words rather than the guide's, each with the section it must find.
 */
export function readerQueries(locale: Locale): SearchQuery[] {
  return load(`${locale}.readers.json`);
}

/** Every search query a locale's recall test runs: the guide's own words (`<locale>.json`) and the readers'. */
export function searchQueries(locale: Locale): SearchQuery[] {
  return [...load(`${locale}.json`), ...readerQueries(locale)];
}

export interface SearchQuestion {
  query: string;
  /** The sections that answer it (GUIDE-FACTS ids): one of them in the top 3 counts as found. */
  sections: string[];
}

/**
 * Whole questions, typed as sentences the way customers of the language ask them, particles,
 * verb endings and all (`<locale>.questions.json`).
 */
export function questionQueries(locale: Locale): SearchQuestion[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'search-queries', `${locale}.questions.json`), 'utf8')) as SearchQuestion[];
}
