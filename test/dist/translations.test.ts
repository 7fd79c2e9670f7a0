import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translationsReport } from '../../scripts/translationsReport.mjs';
import { locales } from '../../src/i18n/locales';
import { page } from '../support/site';

/** What `npm run translations` says of content/, against what the built pages show. */
const report = translationsReport(join(import.meta.dirname, '..', '..', 'content'));
const url = (locale: string, slug: string) => (slug ? `/${locale}/${slug}/` : `/${locale}/`);
const noticeOn = (path: string) => page(path).querySelector('article p[role="note"]:has(a[hreflang="en"])');

describe('the translation notice in the built site', () => {
  it('is on a translated page exactly when it is behind its English page, and on no English page', () => {
    const shown = [];
    const expected = [];
    for (const row of report.rows) {
      for (const locale of locales) {
        if (noticeOn(url(locale, row.slug))) shown.push(url(locale, row.slug));
        if (row.status[locale]?.state === 'behind') expected.push(url(locale, row.slug));
      }
    }
    expect(shown).toEqual(expected);
  });
});
