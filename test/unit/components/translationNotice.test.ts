import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import TranslationNotice from '../../../src/components/TranslationNotice.astro';
import type { TranslationStatus } from '../../../src/guide/translationStatus';
import { useTranslations } from '../../../src/i18n';
import type { Locale } from '../../../src/i18n/locales';
import { translationsReport } from '../../../scripts/translationsReport.mjs';

/** The fixture's statuses: ja/roles follows revision 1 of 3, the rest is up to date (test/fixtures/translations/). */
const fixture = translationsReport(join(import.meta.dirname, '..', '..', 'fixtures', 'translations'));
const statusOf = (slug: string, locale: Locale): TranslationStatus | undefined => fixture.rows.find((row) => row.slug === slug)?.status[locale];

async function notice(locale: Locale, slug: string, translation: TranslationStatus | undefined) {
  const container = await AstroContainer.create();
  const html = await container.renderToString(TranslationNotice, { props: { locale, slug, translation } });
  return parse(html).querySelector('[role="note"]');
}

describe('<TranslationNotice>, on a translated page', () => {
  it('tells a Japanese reader of a page that is behind, with the English page’s date and a link to it', async () => {
    const note = await notice('ja', 'roles', statusOf('roles', 'ja'));
    expect(note?.text).toContain(useTranslations('ja')('translation.behind', { date: '2026年12月5日' }));
    const link = note?.querySelector('a');
    expect(link?.text).toBe('最新の英語ページを読む');
    expect(link?.getAttribute('href')).toBe('/en/roles/');
    expect(link?.getAttribute('hreflang')).toBe('en');
  });

  it('keeps the reader’s section when the link is followed, as the language picker does', async () => {
    expect((await notice('ja', 'roles', statusOf('roles', 'ja')))?.querySelector('a')?.hasAttribute('data-keep-hash')).toBe(true);
  });

  it('speaks the page’s language in Traditional Chinese, and links the home page to the English home page', async () => {
    const note = await notice('zh-tw', '', { state: 'behind', follows: 1, revision: 2, by: 1, englishUpdated: new Date('2026-12-05') });
    expect(note?.text).toContain('您正在閱讀的譯文依據較早版本的英文頁面');
    expect(note?.text).toContain('2026年12月5日');
    expect(note?.querySelector('a')?.getAttribute('href')).toBe('/en/');
  });

  it('says nothing on a page that is up to date, in English, or published from the English text', async () => {
    expect(statusOf('roles', 'zh-tw')?.state).toBe('up-to-date');
    expect(await notice('zh-tw', 'roles', statusOf('roles', 'zh-tw'))).toBeNull();
    expect(await notice('en', 'roles', undefined)).toBeNull();
    expect(await notice('zh-tw', 'domains', statusOf('domains', 'zh-tw'))).toBeNull();
  });
});
