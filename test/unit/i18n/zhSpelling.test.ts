import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhTw as zhTwPanels } from '../../../src/i18n/panels/zh-tw';
import { practiceTexts } from '../../../src/i18n/practice';
import { simDictionaries } from '../../../src/i18n/sim';
import { zhTw as zhTwUi } from '../../../src/i18n/ui/zh-tw';

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
  it('addresses the reader as 您 everywhere (pages, portal, panels, practice)', () => {
    expect(texts.filter(({ text }) => text.includes('你')).map(({ where }) => where)).toEqual([]);
  });
});
