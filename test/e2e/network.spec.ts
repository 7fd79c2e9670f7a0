import { expect, test } from '@playwright/test';
import { guidePaths, sitePaths } from '../support/site';

/** A desktop window and a phone's: wherever a panel sits, it waits for the reader. */
const viewports = [{ width: 1280, height: 800 }, { width: 390, height: 844 }];

for (const viewport of viewports) {
  test(`${viewport.width}×${viewport.height}: no guide page fetches a JavaScript file before the reader interacts, even scrolled to the bottom`, async ({ page }) => {
    await page.setViewportSize(viewport);
    let scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    for (const path of guidePaths()) {
      scripts = [];
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // Scrolled as a reader's wheel would, past every panel, without a pointer or key in the page.
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(scripts, path).toEqual([]);
    }
  });
}

test('no page, nor a started panel, requests anything from another origin', async ({ page, baseURL }) => {
  // Every page of the site (with the practice pages, about 80), each waited for until the network is idle.
  test.setTimeout(sitePaths().length * 3_000);
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  for (const path of sitePaths()) {
    await page.goto(path);
    // A started panel asks for nothing from elsewhere either.
    for (const panel of await page.locator('[data-island][data-module]').all()) await panel.hover();
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
