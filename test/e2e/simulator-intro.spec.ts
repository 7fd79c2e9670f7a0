/**
 * The simulator page says whom the trainee plays before anything else: Harry, the purchasing
 * account administrator of Contoso, his address, the agreement's numbers and what to try first.
 * Hidden once, it stays hidden in this browser; a button brings it back.
 */
import { test } from '@playwright/test';
import { example } from '../../src/config/exampleData';
import { locales } from '../../src/i18n/locales';
import { expect, expectAccessible, openSimulator } from './support/simulator';

for (const locale of locales) {
  test(`${locale}: the introduction card says who Harry is, and stays hidden after a reload once hidden`, async ({ page }) => {
    const t = await openSimulator(page, locale);
    const card = page.getByRole('region', { name: t('sim.intro.heading') });
    await expect(card).toContainText(t('sim.intro.who', { name: example.adminName, organization: example.organization }));
    await expect(card).toContainText(t('sim.intro.first', { getStarted: t('mail.button') }));
    const facts: readonly (readonly [string, string])[] = [
      [t('signIn.email'), example.adminEmail],
      [t('resend.agreementNumber'), example.agreementNumber],
      [t('resend.purchasingAccountNumber'), example.purchasingAccountNumber],
    ];
    for (const [label, value] of facts) {
      await expect(card.getByRole('term').filter({ hasText: label })).toBeVisible();
      await expect(card.getByRole('definition').filter({ hasText: value })).toBeVisible();
    }
    // What "Get started now" names is in the mailbox beside it: the invitation is in the page's language.
    await expect(page.getByRole('link', { name: t('mail.button') })).toBeVisible();
    await expectAccessible(page);

    await card.getByRole('button', { name: t('sim.intro.hide') }).click();
    await expect(card).toHaveCount(0);
    const show = page.getByRole('button', { name: t('sim.intro.show') });
    await expect(show).toBeFocused();

    await page.reload();
    await expect(page.getByRole('heading', { name: t('signIn.heading') })).toBeVisible();
    await expect(show).toBeVisible();
    await expect(card).toHaveCount(0);

    await show.click();
    await expect(card.getByRole('heading', { name: t('sim.intro.heading') })).toBeFocused();
    await page.reload();
    await expect(card).toBeVisible();
  });
}
