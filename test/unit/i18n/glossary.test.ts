import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaries, spelledGlossary, termIds } from '../../../src/i18n/glossary';
import { locales } from '../../../src/i18n/locales';
import { simDictionaries } from '../../../src/i18n/sim';
import { panels as enPanels } from '../../../src/i18n/en/panels';
import { panels as jaPanels } from '../../../src/i18n/ja/panels';
import { panels as zhTwPanels } from '../../../src/i18n/zh-tw/panels';
import { practiceTexts } from '../../../src/i18n/practice';
import { ui as enUi } from '../../../src/i18n/en/ui';
import { ui as jaUi } from '../../../src/i18n/ja/ui';
import { ui as zhTwUi } from '../../../src/i18n/zh-tw/ui';
import { variantPattern } from '../../../scripts/prose/prhDictionary.mjs';

const uiDictionaries = { en: enUi, 'zh-tw': zhTwUi, ja: jaUi } as const;
const panelDictionaries = { en: enPanels, 'zh-tw': zhTwPanels, ja: jaPanels } as const;
const contentDir = join(import.meta.dirname, '..', '..', '..', 'content');

describe.each(locales)('the %s glossary', (locale) => {
  const terms = spelledGlossary(locale);

  it('names every term once, each spelled', () => {
    expect(Object.keys(glossaries[locale]).sort()).toEqual([...termIds].sort());
    for (const { id, term } of terms) expect(term.trim(), id).not.toBe('');
  });

  it('points only at portal labels a page can quote (no placeholders)', () => {
    for (const [id, entry] of Object.entries(glossaries[locale])) {
      if ('label' in entry) expect(simDictionaries[locale][entry.label], id).not.toMatch(/\{\w+\}/);
    }
  });

  it('never lists the right spelling as a wrong one', () => {
    for (const { id, term, variants } of terms) for (const variant of variants) expect(term, `${id}: ${variant}`).not.toMatch(variantPattern(variant));
  });

  it('spells each portal label in one dictionary only: the UI, panel and practice texts do not define one again', () => {
    // A label that is also an ordinary word of the glossary (zh-TW 角色 is both the Roles field and "role") may be written anywhere.
    const words = new Set(terms.filter(({ id }) => 'term' in glossaries[locale][id]).map(({ term }) => term));
    const labels = new Set(terms.filter(({ id, term }) => 'label' in glossaries[locale][id] && !words.has(term)).map(({ term }) => term));
    const redefined = [...Object.entries(uiDictionaries[locale]), ...Object.entries(panelDictionaries[locale]), ...Object.entries(practiceTexts[locale])].filter(([, text]) => labels.has(text));
    expect(redefined).toEqual([]);
  });

  it('is how the pages quote portal labels: a bold phrase that is a portal label must be a <Label>', () => {
    const labelTexts = new Set(Object.values(simDictionaries[locale]));
    const dir = join(contentDir, locale);
    const plainLabels = readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) => [...readFileSync(join(dir, name), 'utf8').matchAll(/\*\*([^*]+)\*\*/g)].map((match) => ({ name, text: match[1] ?? '' })))
      .filter(({ text }) => labelTexts.has(text));
    expect(plainLabels).toEqual([]);
  });
});
