/**
 * Where the simulator used to contradict or under-state the guide (review "terms and
 * translation", findings M11, M12, H1): each test failed before its fix.
 */
import { test, type Page } from '@playwright/test';
import type { Locale } from '../../src/i18n/locales';
import { harrySignedIn, register, signedInAs, signedOut } from '../support/model/scenes';
import { uiOf } from './support/modelPaths';
import { preparedDocument, startFrom } from './support/preparedStore';
import { agreementNumber, expect, expectAccessible, harry, messages, openSimulator, password, purchasingAccountNumber } from './support/simulator';

// axe-core runs after the steps that change the screen: slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

test('ja: Start accepts the terms (no box to tick), and the links of the sentence beside it open the practice terms in a new tab, keeping the form', async ({ page }) => {
  const t = await openSimulator(page, 'ja');
  await messages(page, harry).first().getByRole('link', { name: t('mail.button') }).click();
  await expect(page.getByRole('heading', { name: t('accept.heading') })).toBeFocused();
  const form = page.locator('form#accept');
  await expect(form.getByRole('checkbox')).toHaveCount(0);
  await expect(form.locator('#accept-terms')).toContainText(t('accept.termsLink'));
  await expect(form.getByRole('button', { name: t('accept.submit') })).toHaveAttribute('aria-describedby', 'accept-terms');
  await page.getByLabel(t('accept.password'), { exact: true }).fill(password);

  for (const link of [t('accept.termsLink'), t('accept.privacyLink')]) {
    const [tab] = await Promise.all([page.waitForEvent('popup'), form.getByRole('link', { name: link }).click()]);
    // Not another site: the simulator page's own note that these are practice texts.
    expect(new URL(tab.url()).pathname).toBe('/ja/simulator/');
    await expect(tab.getByRole('heading', { name: t('accept.practiceHeading') })).toBeVisible();
    await expect(tab.getByText(t('accept.practiceText'))).toBeVisible();
    await tab.close();
  }
  await expect(page.getByLabel(t('accept.password'), { exact: true })).toHaveValue(password);
  await expectAccessible(page);

  await page.getByLabel(t('accept.confirmPassword'), { exact: true }).fill(password);
  await page.getByRole('button', { name: t('accept.submit') }).click();
  await expect(page.getByRole('heading', { name: t('dashboard.heading') })).toBeFocused();
});

/** Fills the resend form (`#/resend`) with Harry's address and agreement and `purchasing`, and submits it. */
async function askForResend(page: Page, locale: Locale, purchasing: string) {
  const t = uiOf(page, page.context(), locale).t;
  await page.getByLabel(t('resend.email')).fill(harry);
  await page.getByLabel(t('resend.agreementNumber')).fill(agreementNumber);
  await page.getByLabel(t('resend.purchasingAccountNumber')).fill(purchasing);
  await page.getByRole('button', { name: t('resend.submit') }).click();
  await expect(page.getByRole('heading', { name: t('resend.doneHeading') })).toBeFocused();
  return (await page.locator('.sim-portal-body').innerText()).trim();
}

test('zh-tw: wrong details, right details and an administrator already registered all get the same neutral screen; only the mailbox tells', async ({ page }) => {
  const ui = uiOf(page, page.context(), 'zh-tw');
  const { t } = ui;
  await openSimulator(page, 'zh-tw');
  await page.goto('/zh-tw/simulator/#/resend');
  const wrong = await askForResend(page, 'zh-tw', '5099999999');
  expect(wrong).toContain(t('notice.resend.received'));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: t('notice.resend.received') })).toBeVisible();
  await expect(messages(page, harry)).toHaveCount(1);
  await expectAccessible(page);

  await page.getByRole('link', { name: t('resend.back') }).click();
  await page.getByRole('link', { name: t('signIn.resend') }).click();
  expect(await askForResend(page, 'zh-tw', purchasingAccountNumber)).toBe(wrong);
  await expect(messages(page, harry)).toHaveCount(2);

  // Harry registered (and signed out): nothing is sent, and the screen says no more than before.
  await startFrom(ui, await preparedDocument(async (world) => (await register(world), signedOut(world))), '#/resend');
  expect(await askForResend(page, 'zh-tw', purchasingAccountNumber)).toBe(wrong);
  await expect(messages(page, harry)).toHaveCount(1);
});

/** Someone holding `roles` signed in, on Manage users with Invite users open (a prepared store). */
async function openInviteUsersAs(page: Page, locale: Locale, roles: Parameters<typeof signedInAs>[1]) {
  const ui = uiOf(page, page.context(), locale);
  await startFrom(ui, await preparedDocument((world) => signedInAs(world, roles)), '#/users');
  await page.getByRole('button', { name: ui.t('invite.open') }).click();
  await expect(page.getByRole('heading', { name: ui.t('invite.heading') })).toBeFocused();
  return ui.t;
}

test('zh-tw: beside its Roles, Invite users tells an Agreement administrator which three roles they may assign, and why', async ({ page }) => {
  const t = await openInviteUsersAs(page, 'zh-tw', ['agreement-administrator']);
  const roles = page.getByRole('group', { name: t('invite.roles'), exact: true });
  const allowed = ['agreement-administrator', 'report-viewer', 'account-viewer'] as const;
  const sentence = t('roles.rule.only', { role: t('role.agreement-administrator'), roles: new Intl.ListFormat('zh-TW', { type: 'conjunction' }).format(allowed.map((role) => t(`role.${role}`))) });
  await expect(roles).toHaveAccessibleDescription(sentence);
  await expect(roles.getByRole('checkbox')).toHaveCount(allowed.length);
  await expectAccessible(page);
});

test('en: a User administrator is told beside Roles that any role but Account administrator is theirs to assign', async ({ page }) => {
  const t = await openInviteUsersAs(page, 'en', ['user-administrator']);
  const roles = page.getByRole('group', { name: t('invite.roles'), exact: true });
  await expect(roles).toHaveAccessibleDescription('Your User administrator role lets you assign any role except Account administrator.');
  await expect(roles.getByRole('checkbox', { name: t('role.account-administrator') })).toHaveCount(0);
  // A wrong submit adds its error to the description; the rule stays.
  await page.getByRole('button', { name: t('invite.submit'), exact: true }).click();
  await expect(roles).toHaveAccessibleDescription(/^Your User administrator role lets you assign any role except Account administrator\./);
});

test('ja: My profile tells Harry, the purchasing account administrator, that he started as Account administrator and what he may assign', async ({ page }) => {
  const ui = uiOf(page, page.context(), 'ja');
  const { t } = ui;
  await startFrom(ui, await preparedDocument(harrySignedIn), '#/profile');
  const roles = page.getByRole('definition').filter({ hasText: t('role.account-administrator') });
  await expect(roles).toContainText(t('roles.rule.purchasingAdministrator', { role: t('role.account-administrator') }));
  await expect(roles).toContainText(t('roles.rule.any', { role: t('role.account-administrator') }));
  await expectAccessible(page);
});
