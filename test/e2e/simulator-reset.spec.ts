import { expect, test } from '@playwright/test';
import { simTranslations } from '../../src/i18n/sim';

const t = simTranslations('en');

test('Reset the simulator, confirmed, goes back to the sign-in page from any screen', async ({ page }) => {
  await page.goto('/en/simulator/#/resend');
  await expect(page.getByRole('heading', { name: t('resend.heading') })).toBeVisible();
  await page.getByRole('button', { name: t('controls.reset') }).click();
  await page.getByRole('group', { name: t('controls.resetConfirm') }).getByRole('button', { name: t('controls.reset') }).click();
  await expect(page.getByText(t('controls.resetDone'))).toBeVisible();
  await expect(page.getByRole('heading', { name: t('signIn.heading') })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
});
