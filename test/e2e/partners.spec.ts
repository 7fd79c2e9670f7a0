import { test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { useTranslations } from '../../src/i18n';
import { practiceText } from '../../src/i18n/practice';
import { partnerShortLinks, qrCodeUrl } from '../../src/guide/shortLinks';
import { PLACEHOLDER_SITE } from '../../src/config/site';
import { MAX_NAME_LENGTH } from '../../src/domain/personName';
import { expect, expectAccessible } from './support/simulator';

/**
 * The partners page as a partner uses it: copy a short link, scan its QR code, and write the
 * message to a customer in the customer's language, whose link lands where it says.
 */

// The address the build writes into short links and QR codes (astro.config.mjs: SITE_URL or its placeholder).
const site = process.env.SITE_URL || PLACEHOLDER_SITE;
const absolute = (path: string) => new URL(path, site).href;
// Built without SITE_URL, the page shows and copies the address it is served from (scripts/servedAddress.ts).
const served = (path: string, baseURL: string | undefined) => new URL(path, process.env.SITE_URL ? site : baseURL).href;
const localPath = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.hash}`;
};

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('en: Copy puts the exact short link on the clipboard, shows "Copied" on the button for a moment and says so', async ({ page, baseURL }) => {
    const t = useTranslations('en');
    await page.goto('/en/partners/');
    const link = served('/go/request-resend/', baseURL);
    await expect(page.locator('a.short-link[href="/go/request-resend/"]')).toHaveText(link);
    const button = page.getByRole('button', { name: `${t('partners.copy')} ${link}` });
    await button.click();
    const copied = page.getByRole('button', { name: `${t('partners.copiedLabel')} ${link}` });
    await expect(copied).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: t('partners.copied', { link }) })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await expect(button).toBeVisible({ timeout: 4000 }); // its own words again after about two seconds
  });

  test('ja: the message builder writes in the customer\'s language, copies it, and its link opens the scenario', async ({ page, baseURL }) => {
    const t = useTranslations('en');
    const ja = useTranslations('ja');
    await page.goto('/en/partners/');
    await page.getByLabel(t('partners.builder.target')).selectOption({ label: practiceText('en', 'my-profile.title') });
    await page.getByLabel(t('partners.builder.language')).selectOption({ label: '日本語' });
    await page.getByLabel(t('partners.builder.name')).fill('Harry');
    const message = page.getByLabel(t('partners.builder.message'));
    const link = served('/ja/practice/my-profile/', baseURL);
    await expect(message).toHaveValue(`Harry 様\n\n${ja('partners.message.scenario', { title: practiceText('ja', 'my-profile.title') })}\n${link}`);
    await expect(message).toHaveAttribute('lang', 'ja');
    await page.getByRole('button', { name: t('partners.builder.copy') }).click();
    await expect(page.getByRole('button', { name: t('partners.copiedLabel') })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: t('partners.builder.copied') })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await message.inputValue());
    await expectAccessible(page);

    await page.goto(localPath(link));
    await expect(page.getByRole('heading', { level: 1, name: practiceText('ja', 'my-profile.title') })).toBeVisible();
  });
});

test.describe('a customer whose browser reads Traditional Chinese', () => {
  test.use({ locale: 'zh-TW' });

  test('zh-tw: a section sent with "the browser chooses" lands on the section in the customer\'s language', async ({ page, baseURL }) => {
    const t = useTranslations('ja');
    await page.goto('/ja/partners/');
    await page.getByLabel(t('partners.builder.target')).selectOption('section:request-resend');
    await page.getByLabel(t('partners.builder.language')).selectOption({ label: t('partners.builder.browser') });
    await expect(page.getByText(t('partners.builder.browserNote'))).toBeVisible();
    // Written in the page's language, with the short link that lets the customer's browser choose.
    const title = '任意：招待の再送信を依頼する';
    await expect(page.getByLabel(t('partners.builder.message'))).toHaveValue(
      `${t('partners.message.hello')}\n\n${t('partners.message.section', { title })}\n${served('/go/request-resend/', baseURL)}`,
    );
    await page.getByRole('link', { name: t('partners.builder.open') }).click();
    await expect(page).toHaveURL(/\/zh-tw\/get-invitation\/#request-resend$/);
  });
});

test('en: the message builder writes the customer\'s name without invisible or control characters, and refuses a name longer than the simulator allows', async ({ page }) => {
  const t = useTranslations('en');
  await page.goto('/en/partners/');
  const name = page.getByLabel(t('partners.builder.name'));
  const message = page.getByLabel(t('partners.builder.message'));
  await name.fill('Harry\u202Egnp.exe\u2066\nRoldan');
  await expect(message).toHaveValue(/^Hello Harrygnp\.exe ?Roldan,\n\n[^\n]+\n[^\n]+$/);
  expect(await message.inputValue()).not.toMatch(/[\u202E\u2066]/);
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');

  const long = 'a'.repeat(5000);
  await name.fill(long);
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(t('partners.builder.nameTooLong', { max: String(MAX_NAME_LENGTH) }));
  await expect(name).toHaveValue(long); // what was typed stays
  await expect(message).toHaveValue(new RegExp(`^${t('partners.message.hello')}\\n`));
  await name.fill('Mina');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(t('partners.builder.nameTooLong', { max: String(MAX_NAME_LENGTH) }))).toBeHidden();
});

test('en: a QR code opens large enough to scan from a screen, with its SVG to download, and the columns stay where they were', async ({ page }) => {
  const t = useTranslations('en');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/partners/');
  const table = page.locator('table.partner-links').first();
  const columns = () => table.locator('thead th').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().width)));
  const before = await columns();
  const qr = page.locator('.short-link-qr').first();
  await qr.getByText(t('partners.qr')).click();
  const image = qr.getByRole('img', { name: t('partners.qr.alt', { link: absolute('/go/introduction/') }) });
  await expect(image).toBeVisible();
  expect((await image.boundingBox())?.width).toBeGreaterThanOrEqual(240);
  const download = qr.getByRole('link', { name: t('partners.qr.download') });
  await expect(download).toHaveAttribute('download', 'go-introduction.svg');
  await expect(download).toHaveAttribute('href', qrCodeUrl('/go/introduction/'));
  expect(await columns()).toEqual(before);
  // Built without SITE_URL, the code opens the placeholder, and says so beside it.
  if (!process.env.SITE_URL) await expect(qr.getByText(t('partners.qr.unsetSite', { site: absolute('/go/introduction/') }))).toBeVisible();
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
