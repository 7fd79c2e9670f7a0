import { test, type Locator, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import type { Locale } from '../../src/i18n/locales';
import { practiceText, type PracticeKey } from '../../src/i18n/practice';
import { formatDate, simTranslations } from '../../src/i18n/sim';
import { PERSONAL_ADDRESS, PRACTICE_PASSWORD } from '../../src/practice/people';
import { STORAGE_KEY } from '../../src/store/browserPortal';
import { harrySignedIn } from '../support/model/scenes';
import { preparedDocument } from './support/preparedStore';
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
  const hints = page.getByRole('region', { name: t('practice.hints') });
  await expect(hints.getByRole('listitem').filter({ hasText: text('en', 'work-account', 'hint.1') })).toBeVisible();
  await expect(hints.getByRole('link', { name: t('practice.hint.read', { section: 'About your sign-in email address' }) }).first()).toHaveAttribute('href', '/en/accept-invitation/#sign-in-address');
  await page.getByRole('button', { name: t('practice.hint.more') }).click();
  await expect(hints.getByRole('listitem').filter({ hasText: text('en', 'work-account', 'hint.2') })).toBeVisible();
  // The hint button is gone after the last hint: focus goes to the line that says so.
  await expect(page.getByText(t('practice.hint.last'))).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: text('en', 'work-account', 'hint.2') })).toBeAttached();

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

test('zh-tw: Show me plays the resend scenario on the screens, pausable, with a step counter', async ({ page }) => {
  const t = useTranslations('zh-tw');
  const sim = simTranslations('zh-tw');
  await openScenario(page, 'zh-tw', 'resend-after-expiry');
  await page.goto('/zh-tw/practice/resend-after-expiry/?pace=500');
  // The start state's clock: day 61, the day after the link stopped working.
  await expect(page.getByText(sim('controls.today', { date: formatDate('2017-01-01T00:00:00Z', 'zh-tw'), day: 61 }))).toBeVisible();
  await page.getByRole('button', { name: t('practice.showMe') }).click();
  await expect(page.getByText(t('practice.showMe.step', { step: 0, total: 9 }))).toBeVisible();
  // Step 7 types the agreement number into the resend form, the trainee's own screen: paused
  // there (watched every frame, as each step shows for half a second).
  await page.waitForFunction((step) => document.body.textContent?.includes(step), t('practice.showMe.step', { step: 7, total: 9 }), { polling: 'raf' });
  await page.getByRole('button', { name: t('practice.showMe.pause') }).click();
  await expect(page.getByRole('textbox', { name: sim('resend.agreementNumber') })).toHaveValue('1234567890');
  const paused = await page.locator('.practice-tools').textContent();
  await page.waitForTimeout(600);
  expect(await page.locator('.practice-tools').textContent()).toBe(paused);
  await page.getByRole('button', { name: t('practice.showMe.resume') }).click();
  await expect(page.getByRole('heading', { name: t('practice.debrief') })).toBeVisible();
  await expect(page.getByText(t('practice.showMe.finished'))).toBeVisible();
  await page.goto('/zh-tw/practice/');
  await expect(page.getByRole('listitem').filter({ hasText: text('zh-tw', 'resend-after-expiry', 'title') })).toContainText(t('practice.status.done'));
});

test('ja: the domain scenario solved plainly; a scenario in progress is axe-clean', async ({ page }) => {
  const t = useTranslations('ja');
  const sim = simTranslations('ja');
  await openScenario(page, 'ja', 'associate-domain');
  await page.getByRole('link', { name: `${sim('portal.account')} › ${sim('portal.domains')}` }).click();
  await page.getByRole('textbox', { name: sim('domains.field') }).fill('contoso.com');
  await expectAccessible(page);
  await page.getByRole('button', { name: sim('domains.submit') }).click();
  await expect(page.getByRole('heading', { name: t('practice.debrief') })).toBeVisible();
  await expect(checkItem(page, 'ja', 'associate-domain', 'mina-online')).toContainText(t('practice.check.passed'));
  await page.goto('/ja/practice/');
  await expect(page.getByText(t('practice.progress', { done: 1, total: 11 }))).toBeVisible();
});

test('Start over rebuilds this scenario only: other scenarios and the free simulator keep their data', async ({ page }) => {
  const t = useTranslations('en');
  const sim = simTranslations('en');
  const free = await preparedDocument(harrySignedIn);
  await page.goto('/en/');
  await page.evaluate(([key, document]) => localStorage.setItem(key, document), [STORAGE_KEY, free] as const);
  await openScenario(page, 'en', 'my-profile');
  await openScenario(page, 'en', 'associate-domain');
  await page.getByRole('link', { name: `${sim('portal.account')} › ${sim('portal.domains')}` }).click();
  await page.getByRole('textbox', { name: sim('domains.field') }).fill('contoso.com');
  await page.getByRole('button', { name: sim('domains.submit') }).click();
  await expect(page.getByRole('heading', { name: t('practice.debrief') })).toBeVisible();

  await page.getByRole('button', { name: t('practice.startOver') }).click();
  await expect(page.getByRole('heading', { name: t('practice.debrief') })).toHaveCount(0);
  await expect(checkItem(page, 'en', 'associate-domain', 'domain-associated')).toContainText(t('practice.check.open'));
  await page.getByRole('link', { name: `${sim('portal.account')} › ${sim('portal.domains')}` }).click();
  await expect(page.getByText(sim('domains.none'))).toBeVisible();

  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(free);
  await page.goto('/en/practice/');
  await expect(page.getByRole('listitem').filter({ hasText: text('en', 'my-profile', 'title') })).toContainText(t('practice.status.in-progress'));
  // Done once stays done: Start over is another attempt, not a lost success.
  await expect(page.getByRole('listitem').filter({ hasText: text('en', 'associate-domain', 'title') })).toContainText(t('practice.status.done'));
  await expect(page.getByRole('listitem').filter({ hasText: text('en', 'work-account', 'title') })).toContainText(t('practice.status.not-started'));
});

/** Presses Tab until `target` has focus (at most 60 times): the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('not reachable with Tab');
}

test('en: the my-profile scenario completed with the keyboard only', async ({ page }) => {
  const t = useTranslations('en');
  const sim = simTranslations('en');
  await page.goto('/en/practice/');
  await tabTo(page, page.getByRole('link', { name: text('en', 'my-profile', 'title') }));
  await page.keyboard.press('Enter');
  const menu = page.getByRole('button', { name: sim('portal.userMenu', { name: 'Mina Sato' }) });
  await expect(menu).toBeVisible();
  await tabTo(page, menu);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: sim('portal.profile') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: t('practice.debrief') })).toBeVisible();
  await expectAccessible(page);
});

test('ja: a corrupt progress record is replaced, and the list says so', async ({ page }) => {
  const t = useTranslations('ja');
  await page.goto('/ja/');
  await page.evaluate(() => localStorage.setItem('business-center-help:practice-progress', '{"version":1,"scenarios":'));
  await page.goto('/ja/practice/');
  await expect(page.getByRole('status').filter({ hasText: t('practice.recovered') })).toBeVisible();
  await expect(page.getByText(t('practice.progress', { done: 0, total: 11 }))).toBeVisible();
  await page.reload();
  await expect(page.getByText(t('practice.recovered'))).toHaveCount(0);
});

test('en: the question is answered in its form; a wrong answer says so, and Start over clears it', async ({ page }) => {
  const t = useTranslations('en');
  const sim = simTranslations('en');
  await openScenario(page, 'en', 'cannot-assign');
  const question = page.getByRole('group', { name: text('en', 'cannot-assign', 'question') });
  await question.getByRole('checkbox', { name: sim('role.report-viewer') }).check();
  await page.getByRole('button', { name: t('practice.question.submit') }).click();
  await expect(page.getByText(t('practice.question.wrong'))).toBeVisible();
  await page.getByRole('button', { name: t('practice.startOver') }).click();
  await expect(question.getByRole('checkbox', { name: sim('role.report-viewer') })).not.toBeChecked();
  await expect(page.getByText(t('practice.question.wrong'))).toHaveCount(0);
});
