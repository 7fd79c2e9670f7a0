import { describe, expect, it } from 'vitest';
import { countryCodes, countryName, countryOptions, isCountryCode, normalizeCountry, validateCountry } from '../../../src/domain/countries';

describe('countries and regions (from Intl.DisplayNames)', () => {
  it('holds the ISO 3166 countries and regions, about 250 of them', () => {
    const codes = countryCodes();
    expect(codes.length).toBeGreaterThan(240);
    expect(codes.length).toBeLessThan(260);
    for (const code of ['US', 'JP', 'TW', 'GB', 'DE', 'BR', 'HK', 'XK']) expect(codes).toContain(code);
  });

  it('leaves out groupings, reserved, pseudo and deprecated codes', () => {
    for (const code of ['EU', 'UN', 'ZZ', 'XA', 'QO', 'IC', 'UK', 'SU', 'ZR', 'AA']) expect(isCountryCode(code)).toBe(false);
    expect(countryCodes()).toBe(countryCodes()); // computed once
  });

  it('validates a country field', () => {
    expect(normalizeCountry(' jp ')).toBe('JP');
    expect(validateCountry('')).toBe('error.country.empty');
    expect(validateCountry('XX')).toBe('error.country.unknown');
    expect(validateCountry('Japan')).toBe('error.country.unknown');
    expect(validateCountry('jp')).toBeUndefined();
    expect(isCountryCode(7)).toBe(false);
  });

  it('names countries in each locale and sorts options by that locale', () => {
    expect(countryName('US', 'en')).toBe('United States');
    expect(countryName('JP', 'ja')).toBe('日本');
    expect(countryName('TW', 'zh-TW')).toBe('台灣');
    const options = countryOptions('en');
    expect(options).toHaveLength(countryCodes().length);
    const names = options.map((option) => option.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
  });
});
