import { test, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { locales, type Locale } from '../../src/i18n/locales';
import { practiceText, type PracticeKey } from '../../src/i18n/practice';
import { formatDate, simTranslations } from '../../src/i18n/sim';
import { PERSONAL_ADDRESS, PRACTICE_PASSWORD } from '../../src/practice/people';
import { STORAGE_KEY } from '../../src/store/browserPortal';
import { harrySignedIn } from '../support/model/scenes';
import { preparedDocument } from './support/preparedStore';
import { expect, expectAccessible, tabTo } from './support/simulator';

/**
 * The practice pages as a trainee meets them: by roles and accessible names. In each language:
 * one scenario solved with hints, one through Show me, one in assessment mode; progress after a
 * reload; Start over; a change made in one tab seen in another.
 */

const text = (locale: Locale, id: string, part: string) => practiceText(locale, `${id}.${part}` as PracticeKey);

async function openScenario(page: Page, locale: Locale, id: string) {
  await page.goto(`/${locale}/practice/`);
  await page.getByRole('link', { name: text(locale, id, 'title') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(locale, id, 'title') })).toBeVisible();
  await expect(page.getByRole('button', { name: useTranslations(locale)('practice.startOver') })).toBeVisible();
}

const checkItem = (page: Page, locale: Locale, id: string, check: string) =>
  page.getByRole('listitem').filter({ hasText: text(locale, id, `check.${check}`) });

const domainsLink = (page: Page, locale: Locale) => {
  const sim = simTranslations(locale);
  return page.getByRole('link', { name: `${sim('portal.account')} › ${sim('portal.domains')}` });
};

/** The domain scenario's one action: contoso.com associated on Account › Domains. */
async function associateContoso(page: Page, locale: Locale) {
  const sim = simTranslations(locale);
  await domainsLink(page, locale).click();
  await page.getByRole('textbox', { name: sim('domains.field') }).fill('contoso.com');
  await page.getByRole('button', { name: sim('domains.submit') }).click();
}

const listItem = (page: Page, locale: Locale, id: string) => page.getByRole('listitem').filter({ hasText: text(locale, id, 'title') });

for (const locale of locales) {
  const t = useTranslations(locale);
  const sim = simTranslations(locale);

  test(`${locale}: the work-account scenario solved with hints, announced, kept after a reload and shown on the list`, async ({ page }) => {
    await openScenario(page, locale, 'work-account');
    await page.getByRole('button', { name: t('practice.hint.show') }).click();
    const hints = page.getByRole('region', { name: t('practice.hints') });
    await expect(hints.getByRole('listitem').filter({ hasText: text(locale, 'work-account', 'hint.1') })).toBeVisible();
    // Each hint links to the guide section that explains it, in the page's language.
    await expect(hints.getByRole('link').first()).toHaveAttribute('href', `/${locale}/accept-invitation/#sign-in-address`);
    await page.getByRole('button', { name: t('practice.hint.more') }).click();
    await expect(hints.getByRole('listitem').filter({ hasText: text(locale, 'work-account', 'hint.2') })).toBeVisible();
    // The hint button is gone after the last hint: focus goes to the line that says so.
    await expect(page.getByText(t('practice.hint.last'))).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: text(locale, 'work-account', 'hint.2') })).toBeAttached();

    await page.getByRole('textbox', { name: sim('signIn.email') }).fill(PERSONAL_ADDRESS);
    await page.getByRole('textbox', { name: sim('signIn.email') }).blur();
    await expect(checkItem(page, locale, 'work-account', 'personal-refused')).toContainText(t('practice.check.passed'));
    await expect(page.getByRole('status').filter({ hasText: t('practice.check.announce', { check: text(locale, 'work-account', 'check.personal-refused') }) })).toBeAttached();
    await page.getByRole('textbox', { name: sim('signIn.email') }).fill('harry@contoso.com');
    await page.getByLabel(sim('signIn.password')).fill(PRACTICE_PASSWORD);
    await page.getByRole('button', { name: sim('signIn.submit') }).click();
    await expect(page.getByRole('heading', { name: t('practice.debrief') })).toBeVisible();
    await expectAccessible(page);

    await page.reload();
    await expect(page.getByRole('heading', { name: t('practice.debrief') })).toBeVisible();
    await page.getByRole('link', { name: t('practice.back') }).click();
    await expect(page.getByText(t('practice.progress', { done: 1, total: 11 }))).toBeVisible();
    await expect(listItem(page, locale, 'work-account')).toContainText(t('practice.status.done'));
    await expectAccessible(page);
  });

  test(`${locale}: Show me plays the resend scenario on the screens, pausable, with a step counter`, async ({ page }) => {
    // The page's timers run on a clock the test can move on (it flows as usual until then).
    await page.clock.install();
    await openScenario(page, locale, 'resend-after-expiry');
    await page.goto(`/${locale}/practice/resend-after-expiry/?pace=400`);
    // The start state's clock: day 61, the day after the link stopped working.
    await expect(page.getByText(sim('controls.today', { date: formatDate('2017-01-01T00:00:00Z', locale), day: 61 }))).toBeVisible();
    await page.getByRole('button', { name: t('practice.showMe') }).click();
    await expect(page.getByText(t('practice.showMe.step', { step: 0, total: 9 }))).toBeVisible();
    // Step 7 types the agreement number into the resend form, the trainee's own screen: paused
    // there (watched every frame, as each step shows for a moment).
    await page.waitForFunction((step) => document.body.textContent?.includes(step), t('practice.showMe.step', { step: 7, total: 9 }), { polling: 'raf' });
    await page.getByRole('button', { name: t('practice.showMe.pause') }).click();
    await expect(page.getByRole('textbox', { name: sim('resend.agreementNumber') })).toHaveValue('1234567890');
    const paused = await page.locator('.practice-tools').textContent();
    // Paused, it stays paused: the time of several steps passes at once (every timer due fires), and nothing moves.
    await page.clock.runFor(5 * 400);
    expect(await page.locator('.practice-tools').textContent()).toBe(paused);
    await page.getByRole('button', { name: t('practice.showMe.resume') }).click();
    await expect(page.getByRole('heading', { name: t('practice.debrief') })).toBeVisible();
    await expect(page.getByText(t('practice.showMe.finished'))).toBeVisible();
    await page.goto(`/${locale}/practice/`);
    await expect(listItem(page, locale, 'resend-after-expiry')).toContainText(t('practice.status.done'));
  });

  test(`${locale}: in assessment mode the domain scenario is handed in and passes, another fails, and the record scores them`, async ({ page }) => {
    await page.goto(`/${locale}/practice/`);
    await page.getByRole('switch', { name: t('practice.assessment.switch') }).check();
    await expect(page.getByRole('status').filter({ hasText: t('practice.assessment.on') })).toBeAttached();
    await openScenario(page, locale, 'associate-domain');
    // The switch holds on every practice page; no help is offered, and the checks are not ticked.
    await expect(page.getByRole('switch', { name: t('practice.assessment.switch') })).toBeChecked();
    await expect(page.getByRole('button', { name: t('practice.showMe') })).toHaveCount(0);
    await expect(page.getByRole('button', { name: t('practice.hint.show') })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: t('practice.tasks') })).toBeVisible();
    await associateContoso(page, locale);
    await expect(page.getByText(sim('domains.associated', { domain: 'contoso.com' }))).toBeVisible();
    await expect(page.getByRole('heading', { name: t('practice.debrief') })).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: t('practice.handIn') }).click();
    const passed = page.getByRole('heading', { name: t('practice.result', { result: t('practice.result.passed') }) });
    await expect(passed).toBeFocused();
    await expect(checkItem(page, locale, 'associate-domain', 'domain-associated')).toContainText(t('practice.check.passed'));
    await expect(page.getByRole('heading', { name: t('practice.debrief') })).toBeVisible();
    await expectAccessible(page);

    await openScenario(page, locale, 'my-profile');
    await expect(page.getByRole('button', { name: sim('portal.userMenu', { name: 'Mina Sato' }) })).toBeVisible();
    await page.getByRole('button', { name: t('practice.handIn') }).click();
    await expect(page.getByRole('heading', { name: t('practice.result', { result: t('practice.result.failed') }) })).toBeFocused();
    await expect(checkItem(page, locale, 'my-profile', 'profile-opened')).toContainText(t('practice.check.open'));

    await page.goto(`/${locale}/practice/`);
    await expect(listItem(page, locale, 'associate-domain')).toContainText(t('practice.result.passed'));
    await page.getByRole('link', { name: t('practice.summary.link') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('practice.summary.title') })).toBeVisible();
    await expect(page.getByText(t('practice.summary.notCertificate'))).toBeVisible();
    await expect(page.getByText(t('practice.summary.score', { passed: 1, total: 11 }))).toBeVisible();
    const row = (id: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: text(locale, id, 'title') }) });
    await expect(row('associate-domain').getByRole('cell')).toHaveText([t('practice.status.done'), /\d/, '1', '0', t('practice.result.passed')]);
    await expect(row('my-profile').getByRole('cell')).toHaveText([t('practice.status.in-progress'), t('practice.summary.notDone'), '1', '0', t('practice.result.failed')]);
    await expectAccessible(page);
  });

  test(`${locale}: Start over rebuilds this scenario only: other scenarios and the free simulator keep their data`, async ({ page }) => {
    const free = await preparedDocument(harrySignedIn);
    await page.goto(`/${locale}/`);
    await page.evaluate(([key, document]) => localStorage.setItem(key, document), [STORAGE_KEY, free] as const);
    await openScenario(page, locale, 'my-profile');
    await openScenario(page, locale, 'associate-domain');
    await associateContoso(page, locale);
    await expect(page.getByRole('heading', { name: t('practice.debrief') })).toBeVisible();

    await page.getByRole('button', { name: t('practice.startOver') }).click();
    await expect(page.getByRole('heading', { name: t('practice.debrief') })).toHaveCount(0);
    await expect(checkItem(page, locale, 'associate-domain', 'domain-associated')).toContainText(t('practice.check.open'));
    await domainsLink(page, locale).click();
    await expect(page.getByText(sim('domains.none'))).toBeVisible();

    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(free);
    await page.goto(`/${locale}/practice/`);
    await expect(listItem(page, locale, 'my-profile')).toContainText(t('practice.status.in-progress'));
    // Done once stays done: Start over is another attempt, not a lost success.
    await expect(listItem(page, locale, 'associate-domain')).toContainText(t('practice.status.done'));
    await expect(listItem(page, locale, 'work-account')).toContainText(t('practice.status.not-started'));
  });

  test(`${locale}: what one tab does shows in another: a scenario done, assessment switched on`, async ({ context }) => {
    const list = await context.newPage();
    await list.goto(`/${locale}/practice/`);
    await expect(list.getByRole('switch', { name: t('practice.assessment.switch') })).toBeEnabled();
    const scenario = await context.newPage();
    await openScenario(scenario, locale, 'associate-domain');
    await associateContoso(scenario, locale);
    await expect(scenario.getByRole('heading', { name: t('practice.debrief') })).toBeVisible();
    await expect(list.getByText(t('practice.progress', { done: 1, total: 11 }))).toBeVisible();
    await expect(listItem(list, locale, 'associate-domain')).toContainText(t('practice.status.done'));

    await list.getByRole('switch', { name: t('practice.assessment.switch') }).check();
    // The open scenario hears it: help goes, and its attempt starts again to be assessed.
    await expect(scenario.getByRole('switch', { name: t('practice.assessment.switch') })).toBeChecked();
    await expect(scenario.getByRole('button', { name: t('practice.handIn') })).toBeVisible();
    await expect(scenario.getByRole('button', { name: t('practice.hint.show') })).toHaveCount(0);
    await domainsLink(scenario, locale).click();
    await expect(scenario.getByText(sim('domains.none'))).toBeVisible();
  });
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
