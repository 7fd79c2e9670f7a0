import type { ErrorKey } from './errors';
import { text } from './text';
import { defaultLocale, langOf } from '../config/locales';

/**
 * Codes `Intl.DisplayNames` names but which are not countries or regions one lives in:
 * groupings (EU, UN, QO), CLDR's exceptionally reserved codes (AC, CP, CQ, DG, EA, IC, TA),
 * pseudo-locales (XA, XB) and "Unknown Region" (ZZ).
 */
const notCountries = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'ZZ']);

let cachedCodes: readonly string[] | undefined;

/**
 * The country/region codes the portal offers, found by asking `Intl.DisplayNames` about every
 * two-letter code (no hand-typed list to fall out of date). Deprecated codes (UK, SU, ZR…) are
 * dropped because `Intl.getCanonicalLocales` maps them to their successors.
 * @example countryCodes().includes('JP') // true
 */
export function countryCodes(): readonly string[] {
  if (cachedCodes) return cachedCodes;
  // Any language ICU has names the regions; the guide's first language surely is one.
  const names = new Intl.DisplayNames([langOf(defaultLocale)], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      const canonical = Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
      if (canonical && !notCountries.has(code) && names.of(code) !== undefined) codes.push(code);
    }
  }
  cachedCodes = codes;
  return codes;
}

/** A code as stored: trimmed, upper case. @example normalizeCountry(' jp') // 'JP' */
export function normalizeCountry(value: unknown): string {
  return text(value).toUpperCase();
}

/** @example isCountryCode('US') // true; isCountryCode('EU') // false */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && countryCodes().includes(value);
}

/** @example validateCountry('') // 'error.country.empty'; validateCountry('XX') // 'error.country.unknown' */
export function validateCountry(value: unknown): ErrorKey | undefined {
  const code = normalizeCountry(value);
  if (code === '') return 'error.country.empty';
  return isCountryCode(code) ? undefined : 'error.country.unknown';
}

/** The name of a country/region in a language. @example countryName('JP', 'ja') // '日本' */
export function countryName(code: string, lang: string): string {
  return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
}

/**
 * Every country/region as `{ code, name }`, sorted by name the way `lang` sorts.
 * @example countryOptions('en')[0] // { code: 'AF', name: 'Afghanistan' }
 */
export function countryOptions(lang: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  const collator = new Intl.Collator(lang);
  return countryCodes()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
