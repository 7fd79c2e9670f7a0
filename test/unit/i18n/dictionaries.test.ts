import { describe, expect, it } from 'vitest';
import { parseDictionary, placeholdersOf } from '../../../src/i18n/dictionary';
import { ui as en } from '../../../src/i18n/en/ui';
import { ui as ja } from '../../../src/i18n/ja/ui';
import { ui as zhTw } from '../../../src/i18n/zh-tw/ui';

const translations = { 'zh-tw': zhTw, ja } as const;

describe('UI dictionaries', () => {
  it.each(Object.entries(translations))('%s has exactly the English keys', (_locale, dictionary) => {
    expect(Object.keys(dictionary).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.entries(translations))('%s keeps every placeholder of the English text', (_locale, dictionary) => {
    for (const [key, english] of Object.entries(en)) {
      expect(placeholdersOf(dictionary[key as keyof typeof en]), key).toEqual(placeholdersOf(english));
    }
  });

  it.each(Object.entries(translations))('%s is translated, not copied from English', (_locale, dictionary) => {
    const copied = Object.entries(en).filter(([key, english]) => dictionary[key as keyof typeof en] === english && /[a-z]{4,}/.test(english));
    expect(copied.map(([key]) => key)).toEqual([]);
  });

  it('rejects a dictionary with a missing key, naming it', () => {
    const { 'nav.next': _dropped, ...rest } = en;
    expect(() => parseDictionary('test', rest)).toThrow(/nav\.next/);
  });

  it('rejects an unknown key, an empty text and a lost placeholder', () => {
    expect(() => parseDictionary('test', { ...en, 'nav.nope': 'x' })).toThrow(/nav\.nope|Unrecognized/);
    expect(() => parseDictionary('test', { ...en, 'nav.next': '  ' })).toThrow(/nav\.next/);
    expect(() => parseDictionary('test', { ...en, 'search.none': 'Nothing found' })).toThrow(/search\.none: placeholders must be \{query\}/);
  });

  it('accepts the English dictionary itself', () => {
    expect(parseDictionary('en', en)['site.name']).toBe('Business Center Help');
  });
});
