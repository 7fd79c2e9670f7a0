import { expect, test } from '@playwright/test';
import { guidePaths } from '../support/site';
import { textContrasts } from './support/contrast';

/**
 * The guide on paper (issue 11.2), printed from either colour scheme: the article alone, its
 * figures, callouts and the example email's button legible (WCAG 4.5:1, with or without
 * printed backgrounds), and every link followed by its full address.
 */
const englishPages = guidePaths().filter((path) => path.startsWith('/en/'));

for (const colorScheme of ['light', 'dark'] as const) {
  test(`printed from the ${colorScheme} scheme, figures and callouts have sufficient contrast`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ media: 'print', colorScheme });
    for (const path of englishPages) {
      await page.goto(path);
      const texts = await textContrasts(page.locator('article :is(figure, .callout, .fallback-notice)'));
      const poor = texts.filter((text) => text.onBackground < 4.5 || text.onPaper < 4.5);
      expect(poor, path).toEqual([]);
    }
  });
}

test('the example email’s button prints legibly from the dark scheme', async ({ page }) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto('/en/get-invitation/');
  const button = page.locator('article figure .sim-button').first();
  await expect(button).toBeVisible();
  const [contrast] = await textContrasts(button);
  expect(contrast!.onPaper).toBeGreaterThanOrEqual(4.5);
  expect(contrast!.onBackground).toBeGreaterThanOrEqual(4.5);
});

test('a printed article has no chrome and no try-it panel, and its links show their full address', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  for (const path of ['/en/', '/en/get-invitation/', '/ja/invite-people/', '/zh-tw/get-invitation/']) {
    await page.goto(path);
    await expect(page.locator('main > article')).toBeVisible();
    for (const chrome of ['banner', 'contentinfo'] as const) await expect(page.getByRole(chrome)).toBeHidden();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.locator('.try-it:visible')).toHaveCount(0);
    // The published address, as the canonical link names it (SITE_URL).
    const published = await page.locator('link[rel="canonical"]').getAttribute('href');
    const links = await page.locator('main > article a[href]:visible').evaluateAll((anchors) =>
      anchors.map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
    );
    expect(links.length, path).toBeGreaterThan(0);
    // A mailto: link's text is the address already.
    for (const link of links.filter((l) => !l.href.startsWith('mailto:'))) expect(link.after, `${path} ${link.href}`).toBe(`" (${new URL(link.href, published!).href})"`);
  }
});
