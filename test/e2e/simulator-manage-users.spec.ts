import { expect, test, type Page } from '@playwright/test';
import type { RoleId } from '../../src/domain/roles';
import type { Locale } from '../../src/i18n/locales';
import { simTranslations, type SimTranslate } from '../../src/i18n/sim';
import { acceptNewest, axe, messages, openSimulator, password } from './support/simulator';

/** Manage users › each row's Resend invitation and Remove, as Harry (and a colleague) see them. */

const harryName = 'Harry Roldan';
const mai = { name: 'Mai Tanaka', email: 'mai@contoso.com' };
const ken = { name: 'Ken Sato', email: 'ken@contoso.com' };

async function openManageUsers(page: Page, t: SimTranslate) {
  await page.getByRole('link', { name: `${t('portal.account')} › ${t('portal.manageAccess')}` }).click();
  await expect(page.getByRole('heading', { name: t('users.heading') })).toBeFocused();
}

/** Invites one person from Manage users and goes back to the list. */
async function invite(page: Page, t: SimTranslate, person: { name: string; email: string }, language: Locale, role: RoleId) {
  await page.getByRole('button', { name: t('invite.open') }).click();
  await page.getByLabel(t('invite.email')).fill(person.email);
  await page.getByLabel(t('invite.name')).fill(person.name);
  await page.getByLabel(t('invite.language')).selectOption(language);
  await page.getByLabel(t('invite.country')).selectOption('JP');
  await page.getByRole('checkbox', { name: t(`role.${role}`) }).check();
  await page.getByRole('button', { name: t('invite.submit'), exact: true }).click();
  await expect(page.getByText(t('invite.done', { names: person.email }))).toBeVisible();
  await page.getByRole('button', { name: t('invite.close') }).click();
  await expect(page.getByRole('rowheader', { name: person.name })).toBeVisible();
}

const row = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
/** A notice announced politely (role status) containing this text. */
const announced = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

/** Harry creates his account, opens Manage users and invites Mai in the page's language. */
async function harryInvitesMai(page: Page, locale: Locale) {
  const t = simTranslations(locale);
  await openSimulator(page, locale);
  await acceptNewest(page, locale);
  await openManageUsers(page, t);
  await invite(page, t, mai, locale, 'report-viewer');
}

for (const locale of ['en', 'zh-tw'] as const) {
  test(`${locale}: Harry resends a colleague's invitation; her first link is replaced`, async ({ page }) => {
    const t = simTranslations(locale);
    await harryInvitesMai(page, locale);

    // Active users have nothing to resend; Mai, invited, has.
    await expect(row(page, harryName).getByRole('button', { name: t('users.resendFor', { name: harryName }) })).toHaveCount(0);
    const resend = page.getByRole('button', { name: t('users.resendFor', { name: mai.name }) });
    await expect(resend).toHaveText(t('users.resend'));
    await resend.click();
    await expect(announced(page, t('users.resent', { email: mai.email }))).toBeVisible();
    await expect(resend).toBeFocused();

    // Her mailbox: the new invitation says so, and the first one's link no longer works.
    await page.getByRole('combobox', { name: t('mailbox.address') }).selectOption(mai.email);
    await expect(messages(page, mai.email)).toHaveCount(2);
    await expect(messages(page, mai.email).first()).toContainText(t('mail.resent'));
    await expect(messages(page, mai.email).first()).not.toContainText(t('mailbox.link.replaced'));
    await expect(messages(page, mai.email).last()).toContainText(t('mailbox.link.replaced'));
    expect(await axe(page)).toEqual([]);
  });

  test(`${locale}: Remove asks first, in the page; Cancel keeps the colleague`, async ({ page }) => {
    const t = simTranslations(locale);
    await harryInvitesMai(page, locale);
    const remove = page.getByRole('button', { name: t('users.removeFor', { name: mai.name }) });
    await expect(remove).toHaveText(t('users.remove'));
    await remove.click();
    const question = page.getByRole('group', { name: t('users.removeQuestion', { name: mai.name }) });
    await expect(question.getByRole('button', { name: t('users.removeConfirm'), exact: true })).toBeFocused();
    expect(await axe(page)).toEqual([]);
    await question.getByRole('button', { name: t('users.removeCancel') }).click();
    await expect(question).toHaveCount(0);
    await expect(remove).toBeFocused();
    await expect(page.getByRole('rowheader', { name: mai.name })).toBeVisible();
  });

  test(`${locale}: Harry removes a colleague after confirming`, async ({ page }) => {
    const t = simTranslations(locale);
    await harryInvitesMai(page, locale);
    await page.getByRole('button', { name: t('users.removeFor', { name: mai.name }) }).click();
    const question = page.getByRole('group', { name: t('users.removeQuestion', { name: mai.name }) });
    await question.getByRole('button', { name: t('users.removeConfirm'), exact: true }).click();

    // She is gone, it is announced, focus goes to the list's heading.
    await expect(page.getByRole('rowheader', { name: mai.name })).toHaveCount(0);
    await expect(announced(page, t('users.removed', { name: mai.name }))).toBeVisible();
    await expect(page.getByRole('heading', { name: t('users.heading') })).toBeFocused();
    await expect(page.getByRole('rowheader', { name: harryName })).toBeVisible();
    // Her invitation is withdrawn: the link in her mailbox no longer works.
    await page.getByRole('combobox', { name: t('mailbox.address') }).selectOption(mai.email);
    await expect(messages(page, mai.email).first()).toContainText(t('mailbox.link.unknown'));
    expect(await axe(page)).toEqual([]);
  });
}

test('ja: removing himself, the last Account administrator, is refused with the reason', async ({ page }) => {
  const t = simTranslations('ja');
  await openSimulator(page, 'ja');
  await acceptNewest(page, 'ja');
  await openManageUsers(page, t);
  // An invited Account administrator does not count: she may never accept.
  await invite(page, t, mai, 'ja', 'account-administrator');

  const removeHarry = page.getByRole('button', { name: t('users.removeFor', { name: harryName }) });
  await expect(removeHarry).toHaveText(t('users.remove'));
  await removeHarry.click();
  await page.getByRole('group', { name: t('users.removeQuestion', { name: harryName }) }).getByRole('button', { name: t('users.removeConfirm') }).click();
  await expect(announced(page, t('error.user.lastAccountAdministrator'))).toBeVisible();
  await expect(removeHarry).toBeFocused();
  await expect(removeHarry).toHaveAccessibleDescription(t('error.user.lastAccountAdministrator'));
  await expect(page.getByRole('rowheader', { name: harryName })).toBeVisible();
  await expect(page.getByRole('button', { name: t('portal.userMenu', { name: harryName }) })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('an Agreement administrator may resend invitations but is offered no Remove', async ({ page }) => {
  const t = simTranslations('en');
  await openSimulator(page, 'en');
  await acceptNewest(page, 'en');
  await openManageUsers(page, t);
  await invite(page, t, mai, 'en', 'agreement-administrator');
  await invite(page, t, ken, 'en', 'report-viewer');
  await expect(page.getByRole('button', { name: t('users.removeFor', { name: ken.name }) })).toBeVisible();

  // Mai creates her account from her invitation (which signs her in, in place of Harry).
  await page.getByRole('combobox', { name: t('mailbox.address') }).selectOption(mai.email);
  await messages(page, mai.email).first().getByRole('link', { name: 'Get started now' }).click();
  await expect(page.getByRole('heading', { name: t('accept.heading') })).toBeFocused();
  await page.getByLabel(t('accept.password'), { exact: true }).fill(password);
  await page.getByLabel(t('accept.confirmPassword'), { exact: true }).fill(password);
  await page.getByRole('button', { name: t('accept.submit') }).click();
  await expect(page.getByRole('heading', { name: t('dashboard.heading') })).toBeVisible();
  await openManageUsers(page, t);

  await expect(page.getByRole('button', { name: t('users.removeFor', { name: ken.name }) })).toHaveCount(0);
  await expect(page.getByRole('button', { name: t('users.remove'), exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: t('users.resendFor', { name: ken.name }) }).click();
  await expect(announced(page, t('users.resent', { email: ken.email }))).toBeVisible();
  expect(await axe(page)).toEqual([]);
});
