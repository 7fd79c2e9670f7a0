import { test } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { simTranslations } from '../../src/i18n/sim';
import { TRAINEE_NAME_MAX } from '../../src/practice/traineeName';
import { STORAGE_KEY } from '../../src/store/browserPortal';
import { harrySignedIn } from '../support/model/scenes';
import { gotoPanel, outcome, panelText } from './support/panels';
import { preparedDocument } from './support/preparedStore';
import { expect } from './support/simulator';

/** The practice pages where JavaScript is off, Show me across a reload, the record's name, and a try-it panel started over. */

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
  await field.fill('x'.repeat(TRAINEE_NAME_MAX + 1));
  await field.press('Enter');
  await expect(field).toHaveAccessibleDescription(new RegExp(t('practice.summary.nameTooLong', { max: TRAINEE_NAME_MAX }).replace(/[.:]/g, '\\$&')));
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

test('en: a try-it panel starts over on its own, after a question: its work is undone, what came before stays', async ({ page }) => {
  const sim = simTranslations('en');
  const tp = panelText('en');
  await page.goto('/en/');
  const before = await preparedDocument(harrySignedIn);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, before] as const);
  const panel = await gotoPanel(page, 'en', 'domains');
  const startOver = panel.getByRole('button', { name: tp('panel.startOver') });
  await startOver.click();
  await expect(panel.getByRole('status').filter({ hasText: tp('panel.startOver.nothing') })).toBeVisible();
  await panel.getByLabel(sim('domains.field')).fill('contoso.com');
  await panel.getByRole('button', { name: sim('domains.submit') }).click();
  await expect(outcome(panel)).toContainText(tp('panel.domains.associated', { domains: 'contoso.com' }));
  await startOver.click();
  const question = panel.getByRole('group', { name: tp('panel.startOver.ask') });
  await expect(question.getByRole('button', { name: tp('panel.startOver.keep') })).toBeFocused();
  await question.getByRole('button', { name: tp('panel.startOver.keep') }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: 'contoso.com' })).toBeVisible();
  await startOver.click();
  await question.getByRole('button', { name: tp('panel.startOver.yes') }).click();
  await expect(panel.getByRole('status').filter({ hasText: tp('panel.startOver.done') })).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: 'contoso.com' })).toHaveCount(0);
  // Harry is still signed in: the store is back where the panel started, not at the seed.
  await expect(panel.getByLabel(sim('domains.field'))).toBeVisible();
});
