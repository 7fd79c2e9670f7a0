import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Locale } from '../../../src/i18n/locales';
import { simTranslations } from '../../../src/i18n/sim';

/** Helpers the simulator's browser tests share: the seed's administrator and his way in. */

export const harry = 'harry@contoso.com';
export const password = 'Practice-Pass1';

/** Axe's violations on the page as it is now, one line each (`[]` when none). */
export async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The messages in the chosen mailbox, newest first. */
export const messages = (page: Page, address: string) => page.getByRole('list', { name: address }).getByRole('listitem');

/** Opens the simulator on its sign-in page; any browser dialog (alert, confirm) fails the test. */
export async function openSimulator(page: Page, locale: Locale) {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto(`/${locale}/simulator/`);
  await expect(page.getByRole('heading', { name: simTranslations(locale)('signIn.heading') })).toBeVisible();
}

/** Opens the newest invitation in Harry's mailbox and creates his account. */
export async function acceptNewest(page: Page, locale: Locale, name?: string) {
  const t = simTranslations(locale);
  await messages(page, harry).first().getByRole('link', { name: 'Get started now' }).click();
  await expect(page.getByRole('heading', { name: t('accept.heading') })).toBeFocused();
  if (name !== undefined) await page.getByLabel(t('accept.name'), { exact: true }).fill(name);
  await page.getByLabel(t('accept.password'), { exact: true }).fill(password);
  await page.getByLabel(t('accept.confirmPassword'), { exact: true }).fill(password);
  await page.getByLabel(t('accept.terms')).check();
  await page.getByRole('button', { name: t('accept.submit') }).click();
  await expect(page.getByRole('heading', { name: t('dashboard.heading') })).toBeVisible();
}
