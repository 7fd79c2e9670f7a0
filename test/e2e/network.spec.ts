import { expect, test } from '@playwright/test';
import { guidePaths, sitePaths } from '../support/site';

test('no page requests anything from another origin, and guide pages fetch no JavaScript file', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin && !request.url().startsWith('data:')) foreign.push(request.url());
    if (request.resourceType() === 'script') scripts.push(`${page.url()} -> ${request.url()}`);
  });
  for (const path of guidePaths()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(scripts).toEqual([]);
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
