import { test, type Page } from '@playwright/test';
import { roleIds } from '../../src/domain/roles';
import { simTranslations, type SimTranslate } from '../../src/i18n/sim';
import { signedInAs } from '../support/model/scenes';
import { uiOf } from './support/modelPaths';
import { preparedDocument, startFrom } from './support/preparedStore';
import { acceptNewest, expect, expectAccessible, jumpDays, messages, openManageAccess, openSimulator, password } from './support/simulator';

/** Defects found when the simulator was tried as a new user would: each test failed before its fix. */

const mai = { name: 'Mai Tanaka', email: 'mai@contoso.com' };
/** `text` as a regular expression source matching it literally. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const row = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

/** From Manage users, Harry invites Mai with `role` and goes back to the list. */
async function inviteMai(page: Page, t: SimTranslate, role: 'report-viewer' | 'user-administrator') {
  await page.getByRole('button', { name: t('invite.open') }).click();
  await page.getByLabel(t('invite.email')).fill(mai.email);
  await page.getByLabel(t('invite.name')).fill(mai.name);
  await page.getByRole('checkbox', { name: t(`role.${role}`) }).check();
  await page.getByRole('button', { name: t('invite.submit'), exact: true }).click();
  await expect(page.getByText(t('invite.done', { names: mai.email }))).toBeVisible();
  await page.getByRole('button', { name: t('invite.close') }).click();
  await expect(page.getByRole('rowheader', { name: mai.name })).toBeVisible();
}

test('en: associating a domain says so, and the emptied field shows no error', async ({ page }) => {
  const t = await openSimulator(page, 'en');
  await acceptNewest(page, 'en');
  await page.getByRole('link', { name: `${t('portal.account')} › ${t('portal.domains')}` }).click();
  const field = page.getByLabel(t('domains.field'));
  await field.fill('contoso.com');
  await page.getByRole('button', { name: t('domains.submit') }).click();
  await expect(page.getByText(t('domains.associated', { domain: 'contoso.com' }))).toBeVisible();
  await expect(field).toHaveValue('');
  // The field's check on leaving runs in a task queued once the click is over: a task queued now runs after it.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
});

for (const locale of ['en', 'ja'] as const) {
  test(`${locale}: the roles editor says a role is locked only beside a locked role, and why`, async ({ page }) => {
    const t = simTranslations(locale);
    await openSimulator(page, locale);
    await acceptNewest(page, locale);
    await openManageAccess(page, t);
    await inviteMai(page, t, 'user-administrator');

    // Harry, an Account administrator, may change every role of Mai's: nothing is said to be locked.
    await page.getByRole('button', { name: t('users.edit', { name: mai.name }) }).click();
    await expect(page.getByRole('checkbox', { name: t('role.report-viewer') })).toBeEnabled();
    const roleNames = [t('users.roles'), ...roleIds.map((role) => t(`role.${role}`))];
    await expect(page.getByRole('group', { name: t('users.roles') })).toHaveText(new RegExp(`^${roleNames.map(literal).join('\\s*')}$`));

    // Mai, a User administrator, may not give or take Account administrator: it says so, beside that box.
    await page.getByRole('combobox', { name: t('mailbox.address') }).selectOption(mai.email);
    await messages(page, mai.email).first().getByRole('link', { name: t('mail.button') }).click();
    await page.getByLabel(t('accept.password'), { exact: true }).fill(password);
    await page.getByLabel(t('accept.confirmPassword'), { exact: true }).fill(password);
    await page.getByRole('button', { name: t('accept.submit') }).click();
    await expect(page.getByRole('heading', { name: t('dashboard.heading') })).toBeVisible();
    await openManageAccess(page, t);
    await page.getByRole('button', { name: t('users.edit', { name: 'Harry Roldan' }) }).click();
    // Why, from our rule, in Mai's terms: her User administrator role assigns anything but Account administrator.
    const reason = t('roles.rule.anyBut', { role: t('role.user-administrator'), roles: t('role.account-administrator') });
    const locked = page.getByRole('checkbox', { name: t('role.account-administrator') });
    await expect(locked).toBeDisabled();
    await expect(locked).toHaveAccessibleDescription(reason);
    await expect(page.getByRole('checkbox', { name: t('role.report-viewer') })).toBeEnabled();
    await expect(page.getByRole('checkbox', { name: t('role.report-viewer') })).not.toHaveAttribute('aria-describedby');
    await expect(page.getByText(reason)).toHaveCount(1);
    await expectAccessible(page);
  });
}

for (const locale of ['en', 'zh-tw'] as const) {
  test(`${locale}: past its expiry, Manage users says the invitation expired, with Resend invitation beside it`, async ({ page }) => {
    const t = simTranslations(locale);
    await openSimulator(page, locale);
    await acceptNewest(page, locale);
    await openManageAccess(page, t);
    await inviteMai(page, t, 'report-viewer');
    await expect(row(page, mai.name)).toContainText(t('users.status.invited'));

    await jumpDays(page, t, 61);
    await expect(row(page, mai.name)).not.toContainText(t('users.status.invited'));
    await expect(row(page, mai.name)).toContainText(t('users.status.expired'));
    await expectAccessible(page);
    await page.getByRole('button', { name: t('users.resendFor', { name: mai.name }) }).click();
    await expect(page.getByRole('status').filter({ hasText: t('users.resent', { email: mai.email }) })).toBeVisible();
    await expect(row(page, mai.name)).toContainText(t('users.status.invited'));
  });
}

test('zh-tw: an Agreement administrator, who may see Manage users but not change roles, is offered no Edit roles', async ({ page }) => {
  const t = simTranslations('zh-tw');
  const ui = uiOf(page, page.context(), 'zh-tw');
  await startFrom(ui, await preparedDocument((world) => signedInAs(world, ['agreement-administrator'])), '#/users');
  await expect(page.getByRole('heading', { name: t('users.heading') })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Test User' }).first()).toBeVisible();
  const [before = '', after = ''] = t('users.edit', { name: '\u0000' }).split('\u0000');
  await expect(page.getByRole('button', { name: new RegExp(`^${literal(before)}.+${literal(after)}$`) })).toHaveCount(0);
});
