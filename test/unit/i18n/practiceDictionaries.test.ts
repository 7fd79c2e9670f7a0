import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/config/locales';
import { parseDictionaryAgainst, placeholdersOf } from '../../../src/i18n/dictionary';
import { practiceDictionaries, practiceTexts } from '../../../src/i18n/practice';
import { practice as en } from '../../../src/i18n/en/practice';
import { practice as ja } from '../../../src/i18n/ja/practice';
import { practicePlaceholders } from '../../../src/i18n/practice/placeholders';
import { practice as zhTw } from '../../../src/i18n/zh-tw/practice';
import { simDictionaries } from '../../../src/i18n/sim';
import { scenarios, scenarioTextKeys } from '../../../src/practice';

const translations = { 'zh-tw': zhTw, ja } as const;

describe('practice scenario dictionaries', () => {
  it('English holds exactly the texts the scenarios name: title, goal, each check, each hint, debrief, question', () => {
    expect(Object.keys(en).sort()).toEqual(scenarios.flatMap(scenarioTextKeys).sort());
  });

  it.each(Object.entries(translations))('%s has exactly the English keys, each with its placeholders', (locale, dictionary) => {
    expect(() => parseDictionaryAgainst('Practice', locale, en, dictionary)).not.toThrow();
  });

  it.each(Object.entries(translations))('%s is translated, not copied from English', (_locale, dictionary) => {
    expect(Object.entries(en).filter(([key, english]) => dictionary[key as keyof typeof en] === english).map(([key]) => key)).toEqual([]);
  });

  it('uses only placeholders it can fill, and every one it defines', () => {
    const used = new Set(Object.values(en).flatMap(placeholdersOf));
    expect([...used].filter((name) => !Object.hasOwn(practicePlaceholders, name))).toEqual([]);
    expect(Object.keys(practicePlaceholders).filter((name) => !used.has(name))).toEqual([]);
  });

  it.each(locales)('%s: every text is filled, with the simulator’s own label where a label is quoted', (locale) => {
    const texts = Object.entries(practiceTexts[locale]);
    expect(texts.filter(([, text]) => /\{\w+\}/.test(text)).map(([key]) => key)).toEqual([]);
    expect(practiceTexts[locale]['accept-invitation.hint.3']).toContain(simDictionaries[locale]['accept.submit']);
  });
});

/**
 * A label typed into a text would stay behind when the portal renames it. Quoted labels are the
 * visible case: in zh-TW 「…」 and in Japanese ［…］ hold a placeholder and nothing else (their
 * labels are often ordinary words too, サインイン or 信箱, so unquoted use is prose). English
 * quotes nothing; there, no label of three words or more (the ones no sentence says by chance)
 * appears as typed.
 */
describe('practice texts never retype a portal label', () => {
  it.each([
    ['zh-tw', /「([^」]*)」/g],
    ['ja', /［([^］]*)］/g],
  ] as const)('%s quotes only placeholders', (locale, quoted) => {
    const typed = Object.entries(practiceDictionaries[locale]).flatMap(([key, text]) => [...text.matchAll(quoted)].filter(([, inner]) => !/^\{\w+\}$/.test(inner ?? '')).map(([whole]) => `${key}: ${whole}`));
    expect(typed).toEqual([]);
  });

  it('English names no label of three words or more as typed', () => {
    const labels = Object.values(simDictionaries.en).filter((label) => !/\{\w+\}/.test(label) && label.split(' ').length >= 3);
    const typed = Object.entries(practiceDictionaries.en).flatMap(([key, text]) => labels.filter((label) => text.includes(label)).map((label) => `${key}: ${label}`));
    expect(typed).toEqual([]);
  });
});
