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

test('en: the record takes an optional name, refuses one too long next to the field, keeps it, and prints it with the date and address', async ({ page }) => {
  const t = useTranslations('en');
  await page.goto('/en/practice/summary/');
  const field = page.getByRole('textbox', { name: t('practice.summary.name') });
  await field.fill('x'.repeat(81));
  await field.press('Enter');
  await expect(field).toHaveAccessibleDescription(new RegExp(t('practice.summary.nameTooLong', { max: 80 }).replace(/[.:]/g, '\\$&')));
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill(' Harry\u202e Roldan ');
  await field.press('Enter');
  await expect(field).toHaveValue('Harry Roldan');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(field).toHaveValue('Harry Roldan');
  await page.emulateMedia({ media: 'print' });
  const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
  await expect(page.getByText(t('practice.summary.trainee', { name: 'Harry Roldan' }))).toBeVisible();
  await expect(page.getByText(t('practice.summary.printed', { date, site: page.url() }))).toBeVisible();
  await expect(field).toBeHidden();
});
