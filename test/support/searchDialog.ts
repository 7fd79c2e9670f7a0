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

/**
 * Types each query into the open dialog in turn, inside the page, and returns the links each one
 * listed (hrefs, in order). The same steps as `search` (the field emptied, then the query typed,
 * then its own answer awaited) without a round trip from the test per step: for the recall
 * tests, which type 40 to 70 queries per locale and read only the links.
 */
export async function linksForEach(page: Page, locale: Locale, queries: readonly string[]): Promise<string[][]> {
  const none = useTranslations(locale)('search.none', { query: '\u0000' });
  return page.evaluate(
    async ({ queries, none, status }) => {
      const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
      const input = dialog?.querySelector<HTMLInputElement>('input[type="search"]');
      const line = dialog?.querySelector<HTMLElement>('[role="status"]');
      const list = dialog?.querySelector<HTMLElement>('[data-search-results]');
      if (!dialog?.open || !input || !line || !list) throw new Error('open the search dialog first');
      const shown = () => [...list.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '');
      // What `fill` does: the value, then the input event the dialog listens to.
      const type = (value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const until = (done: () => boolean, what: string) =>
        new Promise<void>((resolve, reject) => {
          const deadline = performance.now() + 10_000;
          const check = () => {
            if (done()) resolve();
            else if (performance.now() > deadline) reject(new Error(`no answer for ${what}: status "${line.textContent}"`));
            else requestAnimationFrame(check);
          };
          check();
        });
      const pattern = new RegExp(status);
      const links: string[][] = [];
      for (const query of queries) {
        type('');
        await until(() => shown().length === 0, 'the emptied field');
        type(query);
        const text = () => line.textContent ?? '';
        await until(() => text() === none.replace('\u0000', () => query) || (shown().length > 0 && pattern.test(text())), query);
        links.push(shown());
      }
      return links;
    },
    { queries, none, status: resultsStatus(locale).source },
  );
}
