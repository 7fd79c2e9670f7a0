import { test } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import type { Locale } from '../../src/i18n/locales';
import { practiceText, type PracticeKey } from '../../src/i18n/practice';
import { PROGRESS_KEY } from '../../src/store/practice/keys';
import { attemptStarted, handedIn, hintShown, scenarioDone, serializeProgress, type Progress } from '../../src/practice/progress';
import { STORAGE_KEY } from '../../src/store/browserPortal';
import { harrySignedIn } from '../support/model/scenes';
import { preparedDocument } from './support/preparedStore';
import { expect, expectAccessible, openSimulator } from './support/simulator';

/**
 * The practice record as a trainee keeps it: the summary page, resetting practice, carrying it to
 * another browser in the simulator's export file, and printing it.
 */

const someProgress: Progress = handedIn(
  hintShown(scenarioDone(attemptStarted({ scenarios: {} }, 'work-account'), 'work-account', new Date('2026-11-30T09:15:00Z')), 'work-account'),
  'associate-domain',
  true,
  new Date('2026-12-01T10:00:00Z'),
);

const title = (locale: Locale, id: string) => practiceText(locale, `${id}.title` as PracticeKey);

async function keep(page: import('@playwright/test').Page, locale: Locale, items: Record<string, string>) {
  await page.goto(`/${locale}/`);
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, items);
}

const row = (page: import('@playwright/test').Page, locale: Locale, id: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title(locale, id) }) });

test('en: resetting practice asks first, then forgets every scenario and keeps the free simulator', async ({ page }) => {
  const t = useTranslations('en');
  const free = await preparedDocument(harrySignedIn);
  await keep(page, 'en', { [PROGRESS_KEY]: serializeProgress(someProgress), 'business-center-help:practice:work-account': 'kept work', [STORAGE_KEY]: free });
  await page.goto('/en/practice/summary/');
  await expect(row(page, 'en', 'work-account').getByRole('cell')).toHaveText([t('practice.status.done'), /2026/, '1', '1', t('practice.result.none')]);
  await expect(page.getByText(t('practice.summary.score', { passed: 1, total: 11 }))).toBeVisible();

  await page.getByRole('button', { name: t('practice.summary.reset') }).click();
  const question = page.getByRole('group', { name: t('practice.summary.resetConfirm') });
  await expect(question.getByRole('button', { name: t('practice.summary.resetKeep') })).toBeFocused();
  await expectAccessible(page);
  await question.getByRole('button', { name: t('practice.summary.resetKeep') }).click();
  await expect(page.getByRole('button', { name: t('practice.summary.reset') })).toBeFocused();
  await expect(row(page, 'en', 'work-account')).toContainText(t('practice.status.done'));

  await page.getByRole('button', { name: t('practice.summary.reset') }).click();
  await question.getByRole('button', { name: t('practice.summary.reset') }).click();
  await expect(page.getByRole('status').filter({ hasText: t('practice.summary.resetDone') })).toBeVisible();
  await expect(row(page, 'en', 'work-account')).toContainText(t('practice.status.not-started'));
  await expect(page.getByText(t('practice.summary.noScore'))).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('business-center-help:practice')))).toEqual([]);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(free);
});

test('zh-tw: the simulator\'s export carries practice progress, and importing it in a fresh browser brings both back', async ({ page, browser }) => {
  const t = useTranslations('zh-tw');
  await keep(page, 'zh-tw', { [PROGRESS_KEY]: serializeProgress(someProgress) });
  const sim = await openSimulator(page, 'zh-tw');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: sim('controls.export') }).click();
  const file = await (await download).path();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openSimulator(other, 'zh-tw');
  await other.getByLabel(sim('controls.import')).setInputFiles(file);
  await expect(other.getByText(sim('controls.importDoneWithPractice'))).toBeVisible();
  await other.goto('/zh-tw/practice/summary/');
  await expect(row(other, 'zh-tw', 'work-account')).toContainText(t('practice.status.done'));
  await expect(row(other, 'zh-tw', 'associate-domain')).toContainText(t('practice.result.passed'));
  await expect(other.getByText(t('practice.summary.score', { passed: 1, total: 11 }))).toBeVisible();
  await fresh.close();
});

test('ja: an export file whose practice part is broken is refused next to the field, and nothing changes', async ({ page }) => {
  const t = useTranslations('ja');
  await keep(page, 'ja', { [PROGRESS_KEY]: serializeProgress(someProgress) });
  const sim = await openSimulator(page, 'ja');
  const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  const document = JSON.parse(await preparedDocument(harrySignedIn)) as Record<string, unknown>;
  const broken = JSON.stringify({ ...document, practice: { version: 1, scenarios: { 'work-account': { status: 'perfect' } } } });
  const importer = page.getByLabel(sim('controls.import'));
  await importer.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await expect(importer).toHaveAccessibleDescription(sim('error.import.invalid'));
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
  await page.goto('/ja/practice/summary/');
  await expect(row(page, 'ja', 'work-account')).toContainText(t('practice.status.done'));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`en: the record prints as the table alone, dark text on white, from the ${colorScheme} scheme`, async ({ page }) => {
    const t = useTranslations('en');
    await keep(page, 'en', { [PROGRESS_KEY]: serializeProgress(someProgress) });
    await page.emulateMedia({ media: 'print', colorScheme });
    await page.goto('/en/practice/summary/');
    await expect(row(page, 'en', 'associate-domain')).toContainText(t('practice.result.passed'));
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByText(t('practice.summary.notCertificate'))).toBeVisible();
    for (const hidden of [page.locator('.site-header'), page.locator('.site-footer'), page.getByRole('button', { name: t('practice.summary.print') }), page.getByRole('heading', { name: t('practice.summary.reset') })]) {
      await expect(hidden).toBeHidden();
    }
    const colours = await page.getByRole('table').evaluate((table) => [getComputedStyle(table).color, getComputedStyle(document.documentElement).backgroundColor]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  });
}
