import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitePaths } from '../support/site';
import { useTranslations } from '../../src/i18n';

// Every partner link (/go/<id>/) is one template with another target (test/dist checks each
// target): one of them stands for all, and one for the scenarios' links (/go/practice/<id>/).
const partnerLinks = sitePaths().filter((path) => path.startsWith('/go/') && !path.startsWith('/go/practice/'));
const practiceLinks = sitePaths().filter((path) => path.startsWith('/go/practice/'));
// Every practice scenario page is one template too: one scenario per language stands for all,
// in its first state here; in progress and done are checked in practice.spec.ts.
const practiceScenario = (path: string) => /^\/[^/]+\/practice\/[^/]+\/$/.test(path);
const pages = sitePaths().filter(
  (path) =>
    (path.endsWith('/') || path === '/404.html') &&
    (!path.startsWith('/go/') || path === partnerLinks[0] || path === practiceLinks[0]) &&
    (!practiceScenario(path) || path.endsWith('/practice/work-account/')),
);
const redirects = (path: string) => path === '/' || path.startsWith('/go/');

/** The language chooser and partner links redirect at once: check them as a visitor without JavaScript sees them. */
async function withoutRedirect(page: Page, path: string) {
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
    await route.fulfill({ response, body });
  });
}

/** Starts every try-it panel of a guide page (the pointer over each), so axe sees them too. */
async function startPanels(page: Page) {
  for (const island of await page.locator('[data-island][data-module]').all()) {
    await island.hover();
    // Live: a panel's portal window, or the partners page's message builder (no portal in it).
    await expect(island).toHaveAttribute('data-started', '');
  }
}

async function violations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// The dark scheme is the same stylesheet's colours in every language: its contrast is checked on
// the pages without a language prefix, every English page, and every simulator page.
const inDark = (path: string) => !/^\/(zh-tw|ja)\//.test(path) || path.includes('/simulator/');

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of colorScheme === 'dark' ? pages.filter(inDark) : pages) {
      test(`${path} has no axe violations`, async ({ page }) => {
        if (redirects(path)) await withoutRedirect(page, path);
        await page.goto(path);
        await startPanels(page);
        if (practiceScenario(path)) await expect(page.locator('[data-island="practice"][data-started]')).toBeAttached();
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
