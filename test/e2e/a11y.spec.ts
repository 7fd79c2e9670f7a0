import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitePaths } from '../support/site';
import { useTranslations } from '../../src/i18n';

const pages = sitePaths().filter((path) => path.endsWith('/') || path === '/404.html');
const redirects = (path: string) => path === '/' || path.startsWith('/go/');

/** The language chooser and partner links redirect at once: check them as a visitor without JavaScript sees them. */
async function withoutRedirect(page: Page, path: string) {
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
    await route.fulfill({ response, body });
  });
}

async function violations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(`${path} has no axe violations`, async ({ page }) => {
        if (redirects(path)) await withoutRedirect(page, path);
        await page.goto(path);
        expect(await violations(page)).toEqual([]);
      });
    }

    test('the open search dialog with results has no axe violations', async ({ page }) => {
      await page.goto('/ja/roles/');
      await page.getByRole('banner').getByRole('button', { name: useTranslations('ja')('search.open') }).click();
      await page.getByRole('searchbox').fill('ドメイン');
      await expect(page.locator('[data-search-results] a').first()).toBeVisible();
      expect(await violations(page, '#search-dialog')).toEqual([]);
    });
  });
}
