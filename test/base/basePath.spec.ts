import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { withBase } from '../../src/config/base';
import { useTranslations } from '../../src/i18n';
import { practiceText } from '../../src/i18n/practice';
import { simTranslations } from '../../src/i18n/sim';
import { panelOf, panelStarted } from '../e2e/support/panels';
import { basePath } from '../../playwright.base.config';

/**
 * The site as published under /help/ (`npm run test:base`): a reader, a partner's customer and
 * a search engine find every page, link, section, search result, panel and short link there,
 * and nothing asks for a path outside /help/.
 */
const at = (path: string) => withBase(path, basePath);
const site = process.env.SITE_URL ?? 'https://business-center-help.example';
const en = useTranslations('en');

/** Every request the page makes outside /help/ (none should be). */
function outsideBase(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && !url.pathname.startsWith(basePath)) outside.push(url.pathname);
  });
  return outside;
}

test('a guide page, its navigation and a #fragment link work under /help/', async ({ page }) => {
  const outside = outsideBase(page);
  await page.goto(at('/en/invite-people/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}/help/en/invite-people/`);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/help/favicon.svg');
  // A link written in the content (content/en/invite-people.mdx) as `(/en/roles/#roles)`.
  await page.locator('main a[href="/help/en/roles/#roles"]').first().click();
  await expect(page).toHaveURL(/\/help\/en\/roles\/#roles$/);
  await expect(page.locator('#roles')).toBeInViewport();
  await page.getByRole('navigation', { name: en('lang.picker') }).getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL(/\/help\/ja\/roles\/#roles$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  expect(outside).toEqual([]);
});

test('search opens, finds a section, and its result opens that section under /help/', async ({ page }) => {
  const outside = outsideBase(page);
  await page.goto(at('/en/'));
  await page.getByRole('banner').getByRole('button', { name: en('search.open') }).click();
  await expect(page.getByRole('dialog', { name: en('search.dialog') })).toBeVisible();
  await page.getByRole('searchbox').fill('resend invitation');
  const first = page.locator('[data-search-results] a').first();
  await expect(first).toHaveAttribute('href', /^\/help\/en\/[\w-]+\/#[\w-]+$/);
  const href = (await first.getAttribute('href')) ?? '';
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
  expect(outside).toEqual([]);
});

test('a try-it panel starts: its code loads from /help/_islands/', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const outside = outsideBase(page);
  await page.goto(at('/en/domains/'));
  const panel = panelOf(page, 'domains');
  await panel.hover();
  await panelStarted(panel);
  expect(scripts).toContain('/help/_islands/guide.js');
  const t = simTranslations('en');
  await panel.getByRole('button', { name: t('signIn.submit'), exact: true }).click();
  await expect(panel.getByRole('textbox', { name: t('signIn.email') })).toHaveAttribute('aria-invalid', 'true');
  expect(outside).toEqual([]);
});

test.describe('a partner link opened by a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('/help/go/<id>/ lands on the section in Japanese, /help/ on the Japanese home', async ({ page }) => {
    await page.goto(at('/go/request-resend/'));
    await expect(page).toHaveURL(/\/help\/ja\/get-invitation\/#request-resend$/);
    await expect(page.locator('#request-resend')).toBeInViewport();
    await page.goto(at('/'));
    await expect(page).toHaveURL(/\/help\/ja\/$/);
  });

  test('/help/go/practice/<id>/ lands on the scenario in Japanese', async ({ page }) => {
    await page.goto(at('/go/practice/work-account/'));
    await expect(page).toHaveURL(/\/help\/ja\/practice\/work-account\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(practiceText('ja', 'work-account.title'));
  });
});

test.describe('a partner link opened by a browser in a language we do not publish', () => {
  test.use({ locale: 'ko-KR' });

  test('/help/go/<id>/ lands on the section in English', async ({ page }) => {
    await page.goto(at('/go/request-resend/'));
    await expect(page).toHaveURL(/\/help\/en\/get-invitation\/#request-resend$/);
    await expect(page.locator('#request-resend')).toBeInViewport();
  });
});

test('the partners page gives short links, and QR codes, under /help/', async ({ page, baseURL }) => {
  await page.goto(at('/en/partners/'));
  const link = `${site}/help/go/request-resend/`;
  // Built without SITE_URL, the page shows and copies the address it is served from; the QR code keeps the placeholder.
  const shown = process.env.SITE_URL ? site : new URL(baseURL ?? '').origin;
  await expect(page.locator('a.short-link[href="/help/go/request-resend/"]')).toHaveText(`${shown}/help/go/request-resend/`);
  const qr = page.getByAltText(en('partners.qr.alt', { link }), { exact: true });
  await expect(qr).toHaveAttribute('src', '/help/qr/go/request-resend.svg');
  await page.getByLabel(en('partners.builder.target')).selectOption('section:request-resend');
  await page.getByLabel(en('partners.builder.language')).selectOption({ label: '日本語' });
  await expect(page.getByLabel(en('partners.builder.message'))).toHaveValue(new RegExp(`${shown}/help/ja/get-invitation/#request-resend$`.replace(/[.?/]/g, '\\$&')));
  await page.getByRole('link', { name: en('partners.builder.open') }).click();
  await expect(page).toHaveURL(/\/help\/ja\/get-invitation\/#request-resend$/);
});

test('a short link\'s QR code, scanned, opens the short link under /help/', async ({ page, baseURL }) => {
  await page.setContent(`<img src="${new URL(at('/qr/go/request-resend.svg'), baseURL).href}" width="296" height="296" style="display:block">`);
  await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
  const png = PNG.sync.read(await page.locator('img').screenshot());
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(`${site}/help/go/request-resend/`);
});

test('the sitemap names the pages under /help/, and a path outside it is not found', async ({ page }) => {
  const sitemap = readFileSync(join(import.meta.dirname, '..', '..', 'dist-base', 'sitemap-0.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  expect(locs).toContain(`${site}/help/en/get-invitation/`);
  expect(locs.filter((loc) => !loc.startsWith(`${site}/help/`))).toEqual([]);
  const index = await page.request.get(at('/sitemap-index.xml'));
  expect(await index.text()).toContain(`${site}/help/sitemap-0.xml`);
  expect((await page.request.get('/en/get-invitation/')).status()).toBe(404);
});

test('a mistyped short link under /help/ gets the 404 page, which suggests the nearest sections under /help/', async ({ page }) => {
  const response = await page.goto(at('/go/resend/'));
  expect(response?.status()).toBe(404);
  const suggestion = page.locator('[data-suggest]').first();
  await expect(suggestion).toBeVisible();
  await expect(suggestion.getByRole('link').first()).toHaveAttribute('href', new RegExp(`^${at('/en/')}`));
});
