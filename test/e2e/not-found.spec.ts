import { expect, test, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { localeInfo, locales, type Locale } from '../../src/i18n/locales';
import { sectionIds } from '../../src/guide/sections';
import { axe } from './support/simulator';

/** The 404 page (issue 11.3): in each of its languages, search and the guide's sections. */
const part = (page: Page, locale: Locale) => page.getByRole('region', { name: useTranslations(locale)('notFound.title') });

test('the 404 page lists each language’s sections, each linking to it in that language', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  for (const locale of locales) {
    const t = useTranslations(locale);
    const region = part(page, locale);
    await expect(region).toHaveAttribute('lang', localeInfo[locale].lang);
    await expect(region.getByRole('heading', { name: t('notFound.sections') })).toBeVisible();
    const hrefs = await region.locator('a[href*="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.map((href) => href!.split('#')[1])).toEqual([...sectionIds]);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/`));
  }
});

test('the 404 page opens search, which finds sections in each language', async ({ page }) => {
  await page.goto('/no-such-page/');
  await part(page, 'ja').getByRole('button', { name: useTranslations('ja')('search.open') }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').fill('ドメイン');
  // The other languages' results come from their merged indexes, as full addresses of this site.
  const found = (language: Locale) => dialog.locator(`[data-search-results] a:is([href^="/${language}/"], [href^="${new URL(page.url()).origin}/${language}/"])`);
  await expect(found('ja').first()).toBeVisible();
  await dialog.getByRole('searchbox').fill('purchasing account');
  await expect(found('en').first()).toBeVisible();
  await dialog.getByRole('searchbox').fill('網域');
  await expect(found('zh-tw').first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('a mistyped partner link gets the nearest sections suggested in every language', async ({ page }) => {
  const response = await page.goto('/go/resend/');
  expect(response?.status()).toBe(404);
  for (const locale of locales) {
    await expect(part(page, locale).getByText(useTranslations(locale)('notFound.suggest'))).toBeVisible();
    const links = part(page, locale).locator('[data-suggest] a');
    await expect(links).toHaveCount(2);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`/${locale}/get-invitation/#before-resend`, `/${locale}/get-invitation/#request-resend`]);
  }
  expect(await axe(page)).toEqual([]);
  // An address that is no partner link gets no suggestion.
  await page.goto('/en/resend/');
  await expect(page.locator('[data-suggest]:visible')).toHaveCount(0);
});

test('a partner link with a broken escape still gets suggestions, without a script error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // `%E0%A4` is half a character: decodeURIComponent throws on it (URIError).
  const response = await page.goto('/go/roles%E0%A4/');
  expect(response?.status()).toBe(404);
  const links = part(page, 'en').locator('[data-suggest] a');
  await expect(links).toHaveCount(1);
  expect(await links.getAttribute('href')).toBe('/en/roles/#roles');
  expect(errors).toEqual([]);
});
