import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales';
import { pickLocale } from '../../../src/i18n/pickLocale';

describe('pickLocale', () => {
  it('takes the first preferred language we publish', () => {
    expect(pickLocale(['fr-FR', 'ja-JP', 'en'])).toBe('ja');
    expect(pickLocale(['en-GB', 'ja'])).toBe('en');
  });

  it('sends every Chinese reader to Traditional Chinese', () => {
    for (const tag of ['zh-TW', 'zh-Hant-HK', 'zh', 'zh-CN', 'ZH_tw']) expect(pickLocale([tag])).toBe('zh-tw');
  });

  it('falls back to English for unknown or missing languages', () => {
    expect(pickLocale(['de-DE', 'ko'])).toBe('en');
    expect(pickLocale([])).toBe('en');
    expect(pickLocale([''])).toBe('en');
  });

  it('always answers with a published locale, whatever the browser sends', () => {
    fc.assert(fc.property(fc.array(fc.string()), (tags) => (locales as readonly string[]).includes(pickLocale(tags))), { numRuns: 500 });
  });
});
