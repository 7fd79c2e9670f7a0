import { test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { useTranslations } from '../../src/i18n';
import { practiceText } from '../../src/i18n/practice';
import { partnerShortLinks, qrCodeUrl } from '../../src/guide/shortLinks';
import { expect, expectAccessible } from './support/simulator';

/**
 * The partners page as a partner uses it: copy a short link, scan its QR code, and write the
 * message to a customer in the customer's language, whose link lands where it says.
 */

// The address the build writes into short links (astro.config.mjs: SITE_URL or its default).
const site = process.env.SITE_URL ?? 'https://business-center-help.example';
const absolute = (path: string) => new URL(path, site).href;
const localPath = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.hash}`;
};

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('en: Copy puts the exact short link on the clipboard and says so', async ({ page }) => {
    const t = useTranslations('en');
    await page.goto('/en/partners/');
    const link = absolute('/go/request-resend/');
    await page.getByRole('button', { name: `${t('partners.copy')} ${link}` }).click();
    await expect(page.getByRole('status').filter({ hasText: t('partners.copied', { link }) })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });

  test('ja: the message builder writes in the customer\'s language, copies it, and its link opens the scenario', async ({ page }) => {
    const t = useTranslations('en');
    const ja = useTranslations('ja');
    await page.goto('/en/partners/');
    await page.getByLabel(t('partners.builder.target')).selectOption({ label: practiceText('en', 'my-profile.title') });
    await page.getByLabel(t('partners.builder.language')).selectOption({ label: '日本語' });
    await page.getByLabel(t('partners.builder.name')).fill('Harry');
    const message = page.getByLabel(t('partners.builder.message'));
    const link = absolute('/ja/practice/my-profile/');
    await expect(message).toHaveValue(`Harry 様\n\n${ja('partners.message.scenario', { title: practiceText('ja', 'my-profile.title') })}\n${link}`);
    await expect(message).toHaveAttribute('lang', 'ja');
    await page.getByRole('button', { name: t('partners.builder.copy') }).click();
    await expect(page.getByRole('status').filter({ hasText: t('partners.builder.copied') })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await message.inputValue());
    await expectAccessible(page);

    await page.goto(localPath(link));
    await expect(page.getByRole('heading', { level: 1, name: practiceText('ja', 'my-profile.title') })).toBeVisible();
  });
});

test.describe('a customer whose browser reads Traditional Chinese', () => {
  test.use({ locale: 'zh-TW' });

  test('zh-tw: a section sent with "the browser chooses" lands on the section in the customer\'s language', async ({ page }) => {
    const t = useTranslations('ja');
    await page.goto('/ja/partners/');
    await page.getByLabel(t('partners.builder.target')).selectOption('section:request-resend');
    await page.getByLabel(t('partners.builder.language')).selectOption({ label: t('partners.builder.browser') });
    await expect(page.getByText(t('partners.builder.browserNote'))).toBeVisible();
    // Written in the page's language, with the short link that lets the customer's browser choose.
    const title = '任意：招待の再送信を依頼する';
    await expect(page.getByLabel(t('partners.builder.message'))).toHaveValue(
      `${t('partners.message.hello')}\n\n${t('partners.message.section', { title })}\n${absolute('/go/request-resend/')}`,
    );
    await page.getByRole('link', { name: t('partners.builder.open') }).click();
    await expect(page).toHaveURL(/\/zh-tw\/get-invitation\/#request-resend$/);
  });
});

/** The QR code image at `url`, read as a scanner would: drawn by the browser, decoded with jsQR. */
async function scan(page: Page, url: string): Promise<string | undefined> {
  await page.setContent(`<img src="${url}" width="296" height="296" style="display:block">`);
  await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
  const png = PNG.sync.read(await page.locator('img').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

test('every short link\'s QR code decodes to that link, and the partners page shows them', async ({ page, baseURL }) => {
  await page.goto('/en/partners/');
  const t = useTranslations('en');
  const first = page.locator('.short-link-qr').first();
  await first.getByText(t('partners.qr')).click();
  await expect(first.getByRole('img', { name: t('partners.qr.alt', { link: absolute('/go/introduction/') }) })).toBeVisible();
  for (const { path } of partnerShortLinks()) {
    expect(await scan(page, new URL(qrCodeUrl(path), baseURL).href), path).toBe(absolute(path));
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('en: the short links are links, copy buttons stay hidden, and the builder says it needs JavaScript', async ({ page }) => {
    const t = useTranslations('en');
    await page.goto('/en/partners/');
    await expect(page.getByRole('link', { name: absolute('/go/roles/') })).toHaveAttribute('href', '/go/roles/');
    await expect(page.getByRole('button', { name: new RegExp(t('partners.copy')) })).toHaveCount(0);
    await expect(page.getByText(t('partners.builder.noscript'))).toBeVisible();
  });
});
