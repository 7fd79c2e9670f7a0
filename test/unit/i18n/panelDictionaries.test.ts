import { describe, expect, it } from 'vitest';
import { parseDictionaryAgainst } from '../../../src/i18n/dictionary';
import { panels as en } from '../../../src/i18n/en/panels';
import { panels as ja } from '../../../src/i18n/ja/panels';
import { panels as zhTw } from '../../../src/i18n/zh-tw/panels';
import { permissionIds } from '../../../src/domain/permissions';
import { panels } from '../../../src/islands/panels';

const translations = { 'zh-tw': zhTw, ja } as const;

describe('try-it panel dictionaries', () => {
  it('English has a goal for every panel and a name for every permission', () => {
    const keys = Object.keys(en);
    expect(Object.keys(panels).filter((section) => !keys.includes(`panel.goal.${section}`))).toEqual([]);
    expect(permissionIds.filter((permission) => !keys.includes(`permission.${permission}`))).toEqual([]);
  });

  it.each(Object.entries(translations))('%s has exactly the English keys, each with its placeholders', (locale, dictionary) => {
    expect(() => parseDictionaryAgainst('Panel', locale, en, dictionary)).not.toThrow();
  });

  it.each(Object.entries(translations))('%s is translated, not copied from English', (_locale, dictionary) => {
    const copied = Object.entries(en).filter(([key, english]) => dictionary[key as keyof typeof en] === english);
    expect(copied.map(([key]) => key)).toEqual([]);
  });

  it('a translation that loses a placeholder is refused, naming the key', () => {
    expect(() => parseDictionaryAgainst('Panel', 'test', en, { ...ja, 'panel.mailArrived': 'メールが届きました。' })).toThrow(/panel\.mailArrived/);
  });
});
