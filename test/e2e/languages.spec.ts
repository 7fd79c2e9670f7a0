import { expect, test } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { localeInfo, locales } from '../../src/i18n/locales';
import { practiceText } from '../../src/i18n/practice';

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

  test('/go/practice/<id>/ opens the scenario in Japanese', async ({ page }) => {
    await page.goto('/go/practice/work-account/');
    await expect(page).toHaveURL(/\/ja\/practice\/work-account\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(practiceText('ja', 'work-account.title'));
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

test.describe('practice links for a browser in French, which we do not publish', () => {
  test.use({ locale: 'fr-FR' });

  test('/go/practice/<id>/ opens the scenario in English', async ({ page }) => {
    await page.goto('/go/practice/associate-domain/');
    await expect(page).toHaveURL(/\/en\/practice\/associate-domain\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(practiceText('en', 'associate-domain.title'));
  });
});

test.describe('a Traditional Chinese browser', () => {
  test.use({ locale: 'zh-TW' });

  test('/ and /go/<id>/ open Traditional Chinese', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-tw\/$/);
    await page.goto('/go/domains/');
    await expect(page).toHaveURL(/\/zh-tw\/domains\/#domains$/);
    await page.goto('/go/practice/remove-user/');
    await expect(page).toHaveURL(/\/zh-tw\/practice\/remove-user\/$/);
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

  test('/go/practice/<id>/ lists the scenario in the three languages, each under its own title', async ({ page }) => {
    await page.goto('/go/practice/work-account/');
    const links = page.getByRole('link');
    await expect(links).toHaveCount(3);
    for (const [index, locale] of locales.entries()) {
      await expect(links.nth(index)).toHaveAttribute('href', `/${locale}/practice/work-account/`);
      await expect(links.nth(index)).toHaveText(practiceText(locale, 'work-account.title'));
    }
    // Still this page: without JavaScript nothing chose a language for the reader.
    await expect(page).toHaveURL(/\/go\/practice\/work-account\/$/);
  });

  for (const [path, title, intro] of [
    ['/go/roles/', 'go.title', 'go.intro'],
    ['/go/practice/work-account/', 'practiceLink.go.title', 'practiceLink.go.intro'],
    ['/', 'root.title', 'root.intro'],
  ] as const) {
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
