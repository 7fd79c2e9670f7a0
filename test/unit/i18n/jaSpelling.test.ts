import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { panels as jaPanels } from '../../../src/i18n/ja/panels';
import { practiceTexts } from '../../../src/i18n/practice';
import { localeInfo } from '../../../src/config/locales';
import { simDictionaries, simTranslations } from '../../../src/i18n/sim';
import { setupWords } from '../../../src/islands/panels/setup/offer';
import { ui as jaUi } from '../../../src/i18n/ja/ui';

/**
 * Japanese spelling beyond the glossary's terms (whose variants the prose lint and
 * `glossary.test.ts` check): katakana compounds spaced as Microsoft Japan spaces them, and
 * labels quoted in ［ ］ only as the portal spells them.
 */

const pagesDir = join(import.meta.dirname, '..', '..', '..', 'content', 'ja');
const pages = readdirSync(pagesDir)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({ file, text: readFileSync(join(pagesDir, file), 'utf8') }));

const texts: { where: string; text: string }[] = [
  ...Object.entries(simDictionaries.ja).map(([key, text]) => ({ where: `sim ${key}`, text })),
  ...Object.entries(jaPanels).map(([key, text]) => ({ where: `panels ${key}`, text })),
  ...Object.entries(jaUi).map(([key, text]) => ({ where: `ui ${key}`, text })),
  ...Object.entries(practiceTexts.ja).map(([key, text]) => ({ where: `practice ${key}`, text })),
  ...pages.map(({ file, text }) => ({ where: `content/ja/${file}`, text })),
];

// Katakana compounds written apart, as Microsoft Japan does, that have no term id of their own.
const unspacedCompounds = ['オンラインサービス', 'ボリュームライセンス', 'パートナーセンター', 'クイックスタート', 'メインコンテンツ', 'サポートセクション', 'ヘルプセクション', 'プライバシーポリシー', 'プロダクトキー', 'メールサービス', 'ユーザーロール', 'ユーザーメニュー', 'サインインボックス', 'リンクアイコン'];

describe('Japanese vocabulary', () => {
  it('katakana compounds are spaced the same way everywhere', () => {
    const found = unspacedCompounds.flatMap((compound) => texts.filter(({ text }) => text.includes(compound)).map(({ where }) => `${where}: ${compound}`));
    expect(found).toEqual([]);
  });

  it('the invite form names the country field as the profile and the accept page do (the profile shows what the form took)', () => {
    const { 'invite.country': invite, 'profile.country': profile, 'accept.country': accept } = simDictionaries.ja;
    expect([invite, accept]).toEqual([profile, profile]);
  });

  it('a caption, a panel goal or a practice text names a button, menu or page in ［ ］ only as the portal spells it', () => {
    // The language names of the Preferred language list are the portal's words too.
    const labels = new Set([...Object.values(simDictionaries.ja), ...Object.values(localeInfo).map(({ label }) => label)]);
    // A placeholder there (the set-up's sentences) is filled with the portal's own label: check the value it gets.
    const sim = simTranslations('ja');
    // The practice record's page fills {export} and {import} with the simulator's own buttons.
    const words: Record<string, string> = { ...setupWords(sim), export: sim('controls.export'), import: sim('controls.import') };
    const spelled = (inner: string) => words[/^\{(\w+)\}$/.exec(inner)?.[1] ?? ''] ?? inner;
    const practice = Object.fromEntries(Object.entries(practiceTexts.ja).map(([key, text]) => [`practice ${key}`, text]));
    const unknown = Object.entries({ ...jaUi, ...jaPanels, ...practice }).flatMap(([key, text]) => [...text.matchAll(/［([^］]+)］/g)].filter(([, inner]) => !labels.has(spelled(inner ?? ''))).map(([whole]) => `${key}: ${whole}`));
    expect(unknown).toEqual([]);
  });
});
