import { test, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import type { Locale } from '../../src/i18n/locales';
import { practiceText, type PracticeKey } from '../../src/i18n/practice';
import { simTranslations } from '../../src/i18n/sim';
import { PERSONAL_ADDRESS, PRACTICE_PASSWORD } from '../../src/practice/people';
import { expect, expectAccessible } from './support/simulator';

/** The practice pages as a trainee meets them: by roles and accessible names, in each language. */

const text = (locale: Locale, id: string, part: string) => practiceText(locale, `${id}.${part}` as PracticeKey);

async function openScenario(page: Page, locale: Locale, id: string) {
  await page.goto(`/${locale}/practice/`);
  await page.getByRole('link', { name: text(locale, id, 'title') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(locale, id, 'title') })).toBeVisible();
  await expect(page.getByRole('button', { name: useTranslations(locale)('practice.startOver') })).toBeVisible();
}

const checkItem = (page: Page, locale: Locale, id: string, check: string) =>
  page.getByRole('listitem').filter({ hasText: text(locale, id, `check.${check}`) });

test('en: the work-account scenario solved with hints, announced, kept after a reload and shown on the list', async ({ page }) => {
  const t = useTranslations('en');
  const sim = simTranslations('en');
  await openScenario(page, 'en', 'work-account');
  await page.getByRole('button', { name: t('practice.hint.show') }).click();
  await expect(page.getByText(text('en', 'work-account', 'hint.1'))).toBeVisible();
  await page.getByRole('button', { name: t('practice.hint.more') }).click();
  await expect(page.getByText(text('en', 'work-account', 'hint.2'))).toBeVisible();
  await expect(page.getByText(t('practice.hint.last'))).toBeVisible();

  await page.getByRole('textbox', { name: sim('signIn.email') }).fill(PERSONAL_ADDRESS);
  await page.getByRole('textbox', { name: sim('signIn.email') }).blur();
  await expect(checkItem(page, 'en', 'work-account', 'personal-refused')).toContainText(t('practice.check.passed'));
  await expect(page.getByRole('status').filter({ hasText: t('practice.check.announce', { check: text('en', 'work-account', 'check.personal-refused') }) })).toBeAttached();
  await page.getByRole('textbox', { name: sim('signIn.email') }).fill('harry@contoso.com');
  await page.getByLabel(sim('signIn.password')).fill(PRACTICE_PASSWORD);
  await page.getByRole('button', { name: sim('signIn.submit') }).click();
  await expect(page.getByRole('heading', { name: t('practice.debrief') })).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByRole('heading', { name: t('practice.debrief') })).toBeVisible();
  await page.getByRole('link', { name: t('practice.back') }).click();
  await expect(page.getByText(t('practice.progress', { done: 1, total: 11 }))).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: text('en', 'work-account', 'title') })).toContainText(t('practice.status.done'));
  await expectAccessible(page);
});
