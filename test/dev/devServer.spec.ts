import { expect, test } from '@playwright/test';
import { simTranslations } from '../../src/i18n/sim';

const t = simTranslations('en');

// The dev server compiles on first request: the first page may take a few seconds.
test.describe.configure({ timeout: 90_000 });

test('astro dev: the simulator page starts its portal, mailbox and controls', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/en/simulator/');
  await expect(page.getByRole('heading', { name: t('signIn.heading') })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('combobox', { name: t('mailbox.address') })).toBeVisible();
  await expect(page.getByText(t('sim.loadFailed'))).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('astro dev: a guide panel starts when the reader points at it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/en/domains/');
  const panel = page.locator('section.try-it');
  await panel.hover();
  await expect(panel.getByRole('textbox', { name: t('signIn.email') })).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText(t('sim.loadFailed'))).toHaveCount(0);
  expect(errors).toEqual([]);
});
