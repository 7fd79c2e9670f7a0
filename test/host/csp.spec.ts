/**
 * The site works under its policy sent as a header by nginx (with the same policy in each page's
 * meta element, Chromium enforces both): a guide page with its try-it panel, the simulator, and
 * search, with nothing refused. And no other site can frame it.
 */
import { expect, test, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { openPanel } from '../e2e/support/panels';
import { acceptNewest, openSimulator } from '../e2e/support/simulator';

/** Everything Chromium refuses on the page from now on: violation events and console reports. */
async function watchRefusals(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to|Permissions-Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} refused ${event.blockedURI || 'inline code'}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

/** Goes to a path and checks that nginx sent the policy as a header. */
async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
}

test('a guide page and its try-it panel run with nothing refused', async ({ page }) => {
  const refusals = await watchRefusals(page);
  await visit(page, '/en/roles/');
  const panel = await openPanel(page, 'en', 'roles');
  await expect(panel.getByRole('button').first()).toBeVisible();
  expect(await refusals()).toEqual([]);
});

test('the simulator runs with nothing refused while the trainee creates an account', async ({ page }) => {
  const refusals = await watchRefusals(page);
  const response = page.waitForResponse((r) => new URL(r.url()).pathname === '/en/simulator/');
  await openSimulator(page, 'en');
  expect((await response).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await acceptNewest(page, 'en');
  expect(await refusals()).toEqual([]);
});

test('search opens, finds and lists sections with nothing refused (Pagefind’s WebAssembly included)', async ({ page }) => {
  const t = useTranslations('en');
  const refusals = await watchRefusals(page);
  await visit(page, '/en/roles/');
  await page.getByRole('banner').getByRole('button', { name: t('search.open') }).click();
  await expect(page.getByRole('dialog', { name: t('search.dialog') })).toBeVisible();
  await page.getByRole('searchbox').fill('invitation');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible({ timeout: 15_000 });
  expect(await refusals()).toEqual([]);
});

test('another site cannot show the guide in a frame', async ({ page, baseURL }) => {
  let refused = '';
  page.on('console', (message) => {
    if (message.text().includes('frame-ancestors')) refused = message.text();
  });
  await page.setContent(`<iframe src="${baseURL}/en/" title="framed"></iframe>`);
  await expect.poll(() => refused).toContain("frame-ancestors 'none'");
  await expect(page.frameLocator('iframe').getByRole('banner')).toHaveCount(0);
});
