import { expect, test, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { locales, type Locale } from '../../src/i18n/locales';
import { searchQueries } from '../support/queries';

async function openSearch(page: Page, locale: Locale) {
  await page.getByRole('banner').getByRole('button', { name: useTranslations(locale)('search.open') }).click();
  await expect(page.getByRole('dialog', { name: useTranslations(locale)('search.dialog') })).toBeVisible();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The status line once the results for this query are shown: "N results for …" or "No results for …". */
function statusFor(locale: Locale, query: string): RegExp {
  const t = useTranslations(locale);
  const count = escape(t('search.count', { query })).replace('\\{count\\}', '\\d+');
  return new RegExp(`^(${count}|${escape(t('search.none', { query }))})$`);
}

/** The section ids of the first three results, from their links' #fragments. */
async function topSections(page: Page, locale: Locale, query: string): Promise<string[]> {
  await page.getByRole('searchbox').fill(query);
  await expect(page.getByRole('status')).toHaveText(statusFor(locale, query), { timeout: 10_000 });
  const hrefs = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.slice(0, 3).map((href) => href.split('#')[1] ?? '(page)');
}

for (const locale of locales) {
  test(`search in ${locale} finds the expected section in the top 3 results`, async ({ page }) => {
    const queries = searchQueries(locale);
    expect(queries.length).toBeGreaterThanOrEqual(10);
    await page.goto(`/${locale}/`);
    await openSearch(page, locale);
    const misses: string[] = [];
    for (const { query, section } of queries) {
      const top = await topSections(page, locale, query);
      if (!top.includes(section)) misses.push(`${query} -> expected #${section}, got ${top.join(', ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
  });
}

test('search code loads only when search opens, and a result opens its section', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await openSearch(page, 'en');
  await expect.poll(() => scripts).toContain('/_search/client.js');
  await page.getByRole('searchbox').fill('purchasing account number');
  const first = page.locator('[data-search-results] a').first();
  await expect(first).toHaveAttribute('href', /#[a-z-]+$/);
  const href = (await first.getAttribute('href')) ?? '';
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${escape(href)}$`));
  await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport();
});

test('the keyboard opens and closes search, and focus returns to where it was', async ({ page }) => {
  await page.goto('/ja/roles/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('ドメイン');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('banner').getByRole('button', { name: useTranslations('ja')('search.open') }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('banner').getByRole('button', { name: useTranslations('ja')('search.open') })).toBeFocused();
});

test('a query with no match says so', async ({ page }) => {
  await page.goto('/en/');
  await openSearch(page, 'en');
  await page.getByRole('searchbox').fill('xylophone');
  await expect(page.getByRole('status')).toHaveText(useTranslations('en')('search.none', { query: 'xylophone' }));
});
