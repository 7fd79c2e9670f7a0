import { example } from '../../src/config/exampleData';
import { localeInfo, locales } from '../../src/config/locales';
import { lee, mina } from '../../src/practice/people';

/**
 * English that is right in any language: the example data (names, addresses, numbers), each
 * language's own name in the language picker, email addresses and domains, and the month, day
 * and country names `Intl` writes for a language it has no data for (a real locale gets its own).
 */
const allowed = [
  ...Object.values(example).map(String),
  ...[mina, lee].flatMap((person) => [person.name, person.email]),
  ...locales.map((locale) => localeInfo[locale].label),
  ...[example.adminCountry, example.colleagueCountry, mina.country, lee.country].map((code) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code),
  ...Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, month, 1))),
  ...Array.from({ length: 7 }, (_, day) => new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 4 + day))),
  'AM',
  'PM',
]
  .sort((a, b) => b.length - a.length)
  .map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const allowedPattern = new RegExp(`${allowed.join('|')}|[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+|\\b[\\w-]+\\.(com|org|net|example)\\b|https?://\\S+`, 'g');
/** The English words left in a text once what may stay English is taken out (pseudo-English is accented). */
export const englishIn = (text: string): string[] => text.replace(allowedPattern, ' ').match(/[A-Za-z]{3,}/g) ?? [];
