import { test } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { expect } from './support/simulator';

/** The practice pages where JavaScript is off, and Show me across a reload. */

test('ja: without JavaScript the practice list says practice needs it, offers no switch and claims no state', async ({ browser }) => {
  const t = useTranslations('ja');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ja/practice/');
  await expect(page.getByText(t('practice.noscript'))).toBeVisible();
  await expect(page.getByRole('switch')).toBeHidden();
  await expect(page.getByText(t('practice.status.not-started')).first()).toBeHidden();
  await expect(page.getByText(t('practice.progress', { done: 0, total: 11 }))).toBeHidden();
  await context.close();
});

test('en: Show me is not live while it plays, and after a reload the page says the reload stopped it', async ({ page }) => {
  const t = useTranslations('en');
  await page.goto('/en/practice/resend-after-expiry/?pace=800');
  const showMe = page.getByRole('button', { name: t('practice.showMe') });
  await showMe.click();
  await expect(page.getByRole('button', { name: t('practice.showMe.pause') })).toBeVisible();
  await expect(showMe).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByText(t('practice.showMe.step', { step: 1, total: 9 }))).toBeVisible();
  // A click on it (forced: it is not live) does not start the solution again from step 0.
  await showMe.click({ force: true });
  await expect(page.getByText(t('practice.showMe.step', { step: 2, total: 9 }))).toBeVisible();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: t('practice.showMe.reloaded') })).toBeVisible();
  await expect(showMe).not.toHaveAttribute('aria-disabled', 'true');
  await showMe.click();
  await expect(page.getByText(t('practice.showMe.reloaded'))).toBeHidden();
});
