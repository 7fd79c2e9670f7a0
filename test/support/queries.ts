import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../src/i18n/locales';

export interface SearchQuery {
  query: string;
  section: string;
}

/** The search queries a locale's recall test runs, with the section each must find. */
export function searchQueries(locale: Locale): SearchQuery[] {
  const file = join(import.meta.dirname, '..', 'fixtures', 'search-queries', `${locale}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as SearchQuery[];
}
