import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { panels as panelEn } from '../../../src/i18n/en/panels';
import { panels as panelJa } from '../../../src/i18n/ja/panels';
import { panels as panelZhTw } from '../../../src/i18n/zh-tw/panels';
import { format } from '../../../src/i18n/format';
import type { Locale } from '../../../src/i18n/locales';
import { simTranslations } from '../../../src/i18n/sim';
import type { PanelKey } from '../../../src/i18n/panels';

/** The guide page of each panel's section. */
export const panelPages = {
  'request-resend': 'get-invitation',
  'accept-invitation': 'accept-invitation',
  'sign-in-address': 'accept-invitation',
  'get-started': 'invite-people',
  'invite-users': 'invite-people',
  roles: 'roles',
  domains: 'domains',
} as const;
export type Section = keyof typeof panelPages;

const panelDictionaries = { en: panelEn, 'zh-tw': panelZhTw, ja: panelJa } as const;

/** The panels' texts, as the tests expect to read them. */
export function panelText(locale: Locale) {
  return (key: PanelKey, params?: Record<string, string | number>) => format(panelDictionaries[locale][key], params);
}

export const harry = 'harry@contoso.com';
export const password = 'Practice-Pass1';

/** A section's try-it panel (its `<section>`). */
export const panelOf = (page: Page, section: Section): Locator => page.locator('section.try-it').filter({ has: page.locator(`[data-island="${section}"]`) });

/** Resolves once the panel's island has mounted its live portal (not the static first screen). */
export async function panelStarted(panel: Locator): Promise<void> {
  await expect(panel.locator('[data-island][data-started] .sim-portal')).toBeVisible();
}

/** A section's panel, started as a reader starts it: the pointer over it. */
export async function openPanel(page: Page, locale: Locale, section: Section): Promise<Locator> {
  const panel = panelOf(page, section);
  await panel.hover();
  await panelStarted(panel);
  await expect(panel.getByText(panelText(locale)('panel.waiting'))).toHaveCount(0);
  // The first screen painted at build time gives way to the started island.
  await expect(panel.locator('[data-first-paint]')).toHaveCount(0);
  return panel;
}

/** Goes to a section's page and opens its panel. */
export async function gotoPanel(page: Page, locale: Locale, section: Section): Promise<Locator> {
  await page.goto(`/${locale}/${panelPages[section]}/#${section}`);
  return openPanel(page, locale, section);
}

/** The panel's "what happened" line. */
export const outcome = (panel: Locator) => panel.locator('.try-it-outcome');

/** Creates Harry's account in the accept-invitation panel (he is signed in afterwards). */
export async function createHarrysAccount(page: Page, locale: Locale): Promise<void> {
  const t = simTranslations(locale);
  const panel = await gotoPanel(page, locale, 'accept-invitation');
  await panel.getByRole('link', { name: t('mail.button') }).first().click();
  await panel.getByLabel(t('accept.password'), { exact: true }).fill(password);
  await panel.getByLabel(t('accept.confirmPassword'), { exact: true }).fill(password);
  await panel.getByRole('button', { name: t('accept.submit') }).click();
  await expect(outcome(panel)).toContainText(panelText(locale)('panel.accept.created', { email: harry, name: 'Harry Roldan' }));
}

/** axe-core over the whole page: the list of violations (expected empty). */
export async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
