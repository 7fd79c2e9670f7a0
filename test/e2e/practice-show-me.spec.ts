import { test } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { practiceText, type PracticeKey } from '../../src/i18n/practice';
import { scenarios } from '../../src/practice';
import { expect } from './support/simulator';

/**
 * Show me solves every scenario on the real screens: each machine's screen opened as a trainee
 * opens it (a route, Invite users, a user's roles, the mailbox), its events sent to the view's own
 * actor, the question answered in its form. A solution the page cannot play fails here.
 */
for (const scenario of scenarios) {
  test(`Show me solves ${scenario.id} on the screens`, async ({ page }) => {
    const t = useTranslations('en');
    await page.goto(`/en/practice/${scenario.id}/?pace=60`);
    await expect(page.getByRole('heading', { level: 1, name: practiceText('en', `${scenario.id}.title` as PracticeKey) })).toBeVisible();
    await page.getByRole('button', { name: t('practice.showMe') }).click();
    await expect(page.getByRole('heading', { name: t('practice.debrief') })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(t('practice.showMe.finished'))).toBeVisible();
  });
}

test('Show me says so when a screen does not open, instead of claiming the whole solution was shown', async ({ page }) => {
  const t = useTranslations('en');
  await page.goto('/en/practice/resend-after-expiry/?pace=60');
  await expect(page.getByRole('button', { name: t('practice.startOver') })).toBeVisible();
  // Something keeps the resend screen from opening: its route is turned away as soon as it is asked for.
  await page.evaluate(() => addEventListener('hashchange', () => {
    if (location.hash === '#/resend') location.hash = '';
  }));
  await page.getByRole('button', { name: t('practice.showMe') }).click();
  await expect(page.getByRole('alert').filter({ hasText: t('practice.showMe.failed') })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(t('practice.showMe.finished'))).toHaveCount(0);
  await expect(page.getByRole('button', { name: t('practice.showMe') })).toBeVisible();
});
