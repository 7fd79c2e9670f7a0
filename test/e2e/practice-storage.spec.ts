import { test, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { practiceText, type PracticeKey } from '../../src/i18n/practice';
import { simTranslations } from '../../src/i18n/sim';
import { expect } from './support/simulator';

/**
 * Practice never loses work silently: when the browser refuses to save, before the scenario
 * opens or in the middle of it, the page says so in the simulator's words, the scenario still
 * completes in memory, and the list and the record say whose work was not kept.
 */

const t = useTranslations('en');
const sim = simTranslations('en');
const title = practiceText('en', 'associate-domain.title' as PracticeKey);

/** From the start (`refuseAtStart`) or once the test sets `window.refuseWrites`, every localStorage write throws as a full quota does. */
async function refuseWrites(page: Page, refuseAtStart: boolean) {
  await page.addInitScript((atStart) => {
    const win = window as unknown as { refuseWrites: boolean };
    win.refuseWrites = atStart;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (win.refuseWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  }, refuseAtStart);
}

async function expectNotKeptOnListAndRecord(page: Page) {
  await page.goto('/en/practice/');
  const item = (name: string) => page.getByRole('listitem').filter({ hasText: name }).getByText(t('practice.unsaved'));
  await expect(item(title)).toBeVisible();
  await expect(item(practiceText('en', 'work-account.title' as PracticeKey))).toBeHidden();
  await page.goto('/en/practice/summary/');
  await expect(page.getByRole('row').filter({ hasText: title }).getByText(t('practice.unsaved'))).toBeVisible();
}

test('en: storage full before the scenario opens: the notice shows, the scenario completes, the list and record say it was not kept', async ({ page }) => {
  await refuseWrites(page, true);
  await page.goto('/en/practice/associate-domain/');
  await expect(page.getByRole('alert').filter({ hasText: sim('notice.store.unsaved') })).toBeVisible();
  await page.getByRole('link', { name: `${sim('portal.account')} › ${sim('portal.domains')}` }).click();
  await page.getByRole('textbox', { name: sim('domains.field') }).fill('contoso.com');
  await page.getByRole('button', { name: sim('domains.submit') }).click();
  await expect(page.getByRole('heading', { name: t('practice.debrief') })).toBeVisible();
  // The debrief offers the next scenario in the list.
  await expect(page.getByRole('link', { name: t('practice.next', { title: practiceText('en', 'partner-new-admin.title' as PracticeKey) }) })).toBeVisible();
  await expectNotKeptOnListAndRecord(page);
});

test('en: storage that starts refusing writes mid-scenario: Show me still finishes, and the page says the work is not kept', async ({ page }) => {
  await refuseWrites(page, false);
  await page.goto('/en/practice/associate-domain/?pace=40');
  await expect(page.getByRole('button', { name: t('practice.startOver') })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: sim('notice.store.unsaved') })).toHaveCount(0);
  await page.evaluate(() => ((window as unknown as { refuseWrites: boolean }).refuseWrites = true));
  await page.getByRole('button', { name: t('practice.showMe') }).click();
  await expect(page.getByRole('heading', { name: t('practice.debrief') })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: sim('notice.store.unsaved') })).toBeVisible();
  await expectNotKeptOnListAndRecord(page);
});
