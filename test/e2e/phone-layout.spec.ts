import { expect, test } from '@playwright/test';
import { roleIds } from '../../src/domain/roles';
import { simTranslations } from '../../src/i18n/sim';

test.use({ viewport: { width: 390, height: 844 } });

for (const locale of ['ja', 'zh-tw'] as const) {
  test(`${locale} on a phone: the roles table never breaks a role's name inside a word`, async ({ page }) => {
    await page.goto(`/${locale}/roles/`);
    for (const role of roleIds) {
      const name = simTranslations(locale)(`role.${role}`);
      const cell = page.getByRole('rowheader', { name, exact: true });
      const lines = await cell.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
      // One line per space-separated word at most (アカウント マネージャー may take two).
      expect(lines, name).toBeLessThanOrEqual(name.split(' ').length);
    }
  });
}

test('on a phone, the simulator’s introduction card shows Harry’s address on one line', async ({ page }) => {
  await page.goto('/ja/simulator/');
  const address = page.getByRole('definition').filter({ hasText: 'harry@contoso.com' });
  await expect(address).toHaveText('harry@contoso.com');
  const lines = await address.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
  expect(lines).toBe(1);
});
