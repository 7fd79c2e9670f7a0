import { langOf, type Locale } from '../locales';

/** Dates, numbers and lists of the simulator, through Intl in the page's (or recipient's) language. */

/** A timestamp of the simulated clock as a date (UTC: the clock has no time zone). */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(langOf(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

/**
 * A timestamp as date and time, the date in the same long style as `formatDate`: a mail shows
 * both (sent on, expires on), and two styles in one message read as two kinds of date.
 */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(langOf(locale), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso));
}

/** @example formatNumber(1234, 'en') // '1,234' */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(langOf(locale)).format(value);
}

/** Items joined the language's way: "A, B and C", 「A、B、C」. */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(langOf(locale), { type: 'conjunction' }).format(items);
}

/**
 * Whether a count takes the language's singular form ("1 message"); Chinese and Japanese have
 * one form only, so they always answer false.
 * @example isSingular(1, 'en') // true; isSingular(1, 'ja') // false
 */
export function isSingular(count: number, locale: Locale): boolean {
  return new Intl.PluralRules(langOf(locale)).select(count) === 'one';
}
