import { expect, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import type { Locale } from '../../src/i18n/locales';

/** The search dialog, driven as a reader drives it (test/e2e/search*.spec.ts). */

export async function openSearch(page: Page, locale: Locale): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: useTranslations(locale)('search.open') }).click();
  await expect(page.getByRole('dialog', { name: useTranslations(locale)('search.dialog') })).toBeVisible();
}

export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A dictionary template as a pattern: each `{placeholder}` stands for any text. */
const templatePattern = (template: string) => escape(template).replace(/\\\{\w+\\\}/g, '.+');

/** Any status line that comes with results: "N results for …", or a partial match's line. */
export function resultsStatus(locale: Locale): RegExp {
  const t = useTranslations(locale);
  return new RegExp(`^(${[t('search.count'), t('search.partial'), t('search.partialEach')].map(templatePattern).join('|')})$`);
}

export const results = (page: Page) => page.locator('[data-search-results] a');

/**
 * Types a query and waits for its own answer: the field is emptied first (which empties the
 * list), so a list shown again is this query's, and "no results" names the query.
 */
export async function search(page: Page, locale: Locale, query: string): Promise<void> {
  const box = page.getByRole('searchbox');
  await box.fill('');
  await expect(results(page)).toHaveCount(0);
  await box.fill(query);
  const none = useTranslations(locale)('search.none', { query });
  await expect(async () => {
    const status = (await page.getByRole('status').textContent()) ?? '';
    expect(status === none || ((await results(page).count()) > 0 && resultsStatus(locale).test(status))).toBe(true);
  }).toPass({ timeout: 10_000 });
}

/** The section ids of the first three results, from their links' #fragments. */
export async function topSections(page: Page, locale: Locale, query: string): Promise<string[]> {
  await search(page, locale, query);
  const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.slice(0, 3).map((href) => href.split('#')[1] ?? '(page)');
}
