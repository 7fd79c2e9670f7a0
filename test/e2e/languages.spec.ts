import { expect, test } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { localeInfo, locales } from '../../src/i18n/locales';

test.describe('language picker', () => {
  test('keeps the page and the section when switching language', async ({ page }) => {
    await page.goto('/en/get-invitation/#request-resend');
    await page.getByRole('navigation', { name: useTranslations('en')('lang.picker') }).getByRole('link', { name: '日本語' }).click();
    await expect(page).toHaveURL(/\/ja\/get-invitation\/#request-resend$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('#request-resend')).toBeInViewport();
  });

  test('keeps the page when there is no fragment', async ({ page }) => {
    await page.goto('/ja/roles/');
    await page.getByRole('navigation', { name: useTranslations('ja')('lang.picker') }).getByRole('link', { name: '繁體中文' }).click();
    await expect(page).toHaveURL(/\/zh-tw\/roles\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  });
});

test.describe('partner links for a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('/go/<id>/ opens the section in Japanese', async ({ page }) => {
    await page.goto('/go/request-resend/');
    await expect(page).toHaveURL(/\/ja\/get-invitation\/#request-resend$/);
    await expect(page.locator('#request-resend')).toBeInViewport();
  });

  test('/ opens the Japanese home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ja\/$/);
  });
});

test.describe('partner links for a browser in a language we do not publish', () => {
  test.use({ locale: 'ko-KR' });

  test('/go/<id>/ opens the section in English', async ({ page }) => {
    await page.goto('/go/roles/');
    await expect(page).toHaveURL(/\/en\/roles\/#roles$/);
  });

  test('/ opens the English home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test.describe('a Traditional Chinese browser', () => {
  test.use({ locale: 'zh-TW' });

  test('/ and /go/<id>/ open Traditional Chinese', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-tw\/$/);
    await page.goto('/go/domains/');
    await expect(page).toHaveURL(/\/zh-tw\/domains\/#domains$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, locale: 'ja-JP' });

  test('/go/<id>/ lists the section in the three languages', async ({ page }) => {
    await page.goto('/go/roles/');
    const links = page.getByRole('link');
    await expect(links).toHaveCount(3);
    await expect(links.nth(1)).toHaveAttribute('href', '/zh-tw/roles/#roles');
  });

  for (const [path, title, intro] of [['/go/roles/', 'go.title', 'go.intro'], ['/', 'root.title', 'root.intro']] as const) {
    test(`${path} says what it is in each language, marked with that language`, async ({ page }) => {
      await page.goto(path);
      for (const locale of locales) {
        const t = useTranslations(locale);
        const lang = localeInfo[locale].lang;
        await expect(page.getByRole('heading', { level: 1 }).locator(`[lang="${lang}"]`)).toHaveText(t(title));
        await expect(page.locator(`p [lang="${lang}"]`)).toHaveText(t(intro));
      }
    });
  }
});

test('a missing page answers 404 with the message in every language', async ({ page }) => {
  const response = await page.goto('/ja/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: useTranslations('ja')('notFound.title') })).toBeVisible();
  await expect(page.getByRole('heading', { name: useTranslations('en')('notFound.title') })).toBeVisible();
});
