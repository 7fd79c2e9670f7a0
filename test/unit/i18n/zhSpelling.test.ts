import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { panels as zhTwPanels } from '../../../src/i18n/zh-tw/panels';
import { practiceTexts } from '../../../src/i18n/practice';
import { simDictionaries } from '../../../src/i18n/sim';
import { ui as zhTwUi } from '../../../src/i18n/zh-tw/ui';

/** Traditional Chinese style beyond the glossary's terms: the reader is always 您, never 你. */
const pagesDir = join(import.meta.dirname, '..', '..', '..', 'content', 'zh-tw');
const texts = [
  ...Object.entries(simDictionaries['zh-tw']).map(([key, text]) => ({ where: `sim ${key}`, text })),
  ...Object.entries(zhTwPanels).map(([key, text]) => ({ where: `panels ${key}`, text })),
  ...Object.entries(zhTwUi).map(([key, text]) => ({ where: `ui ${key}`, text })),
  ...Object.entries(practiceTexts['zh-tw']).map(([key, text]) => ({ where: `practice ${key}`, text })),
  ...readdirSync(pagesDir).filter((file) => file.endsWith('.mdx')).map((file) => ({ where: `content/zh-tw/${file}`, text: readFileSync(join(pagesDir, file), 'utf8') })),
];

describe('Traditional Chinese style', () => {
  it('calls a part of the guide a 章節, never a 段落 (a paragraph), in the site’s words and the partners page', () => {
    const partners = texts.find(({ where }) => where === 'content/zh-tw/partners.mdx')?.text ?? '';
    const sectionWords = (['heading.anchor', 'search.hint', 'go.title', 'partners.section', 'partners.builder.sections', 'notFound.sections', 'practice.section'] as const).map((key) => zhTwUi[key]);
    expect(sectionWords.filter((text) => !text.includes('章節'))).toEqual([]);
    expect(partners).toMatch(/章節/);
    expect(texts.filter(({ text }) => text.includes('段落')).map(({ where }) => where)).toEqual([]);
  });

  it('addresses the reader as 您 everywhere (pages, portal, panels, practice)', () => {
    expect(texts.filter(({ text }) => text.includes('你')).map(({ where }) => where)).toEqual([]);
  });
});
