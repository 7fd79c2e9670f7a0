import { expect, test, type Page } from '@playwright/test';
import { guidePaths, sitePaths } from '../support/site';

/** Whether a try-it panel is on screen: only then may a guide page load island code. */
const panelInView = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-island]')].some((panel) => {
    const box = panel.getBoundingClientRect();
    return box.top < innerHeight && box.bottom > 0;
  }));

test('no page requests anything from another origin, and guide pages fetch JavaScript only for a panel in view', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  let scripts: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin && !request.url().startsWith('data:')) foreign.push(request.url());
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  for (const path of guidePaths()) {
    scripts = [];
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    if (await panelInView(page)) expect(scripts.filter((script) => !script.startsWith('/_islands/')), path).toEqual([]);
    else expect(scripts, path).toEqual([]);
  }
  for (const path of sitePaths().filter((p) => !guidePaths().includes(p))) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});

test('the Content Security Policy blocks nothing the site needs', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await page.goto('/zh-tw/get-invitation/');
  await page.locator('[data-search-open]').first().click();
  await page.getByRole('searchbox').fill('邀請');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});
