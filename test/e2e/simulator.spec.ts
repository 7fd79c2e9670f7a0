import { test, type Page } from '@playwright/test';
import { locales, type Locale } from '../../src/i18n/locales';
import { simTranslations, type SimTranslate } from '../../src/i18n/sim';
import { formatDate, formatNumber } from '../../src/i18n/sim/intl';
import { SEED_EPOCH } from '../../src/store/seed';
import {
  acceptNewest, agreementNumber, expect, expectAccessible, harry, harryName, inviteColleague, jumpDays, literally, messages, openInviteUsers,
  openMailbox, openPrepared, openSimulator, password, purchasingAccountNumber,
} from './support/simulator';

/** A colleague Harry invites (fictional): she reads her email in Japanese. */
const mai = { email: 'mai@contoso.com', name: 'Mai Tanaka', language: 'ja', role: 'report-viewer' } as const;
const ja = simTranslations('ja');
/** Day 61 of the simulated clock. */
const SEED_EPOCH_PLUS_61 = new Date(Date.parse(SEED_EPOCH) + 61 * 86_400_000).toISOString();

/** Harry invites Mai as a Report viewer who prefers Japanese; her invitation is in Japanese, whatever the page's language. */
async function harryInvitesMai(page: Page, t: SimTranslate) {
  await openInviteUsers(page, t);
  await inviteColleague(page, t, mai);
  await expect(page.getByRole('row', { name: literally(mai.email) })).toContainText(t('role.report-viewer'));
  await expectAccessible(page);
  await openMailbox(page, t, mai.email);
  const invitation = messages(page, mai.email).first();
  await expect(invitation.getByRole('heading')).toHaveText(ja('mail.invitation.colleague.subject'));
  await expect(invitation).toContainText(ja('mail.greeting', { name: mai.name }));
  await expectAccessible(page);
}

/** 61 days later Mai's link has expired: the mailbox marks it, and the accept page says so. */
async function maisLinkExpires(page: Page, locale: Locale, t: SimTranslate) {
  await jumpDays(page, t, 61);
  await expect(page.getByText(t('controls.today', { date: formatDate(SEED_EPOCH_PLUS_61, locale), day: formatNumber(61, locale) }))).toBeVisible();
  const invitation = messages(page, mai.email).first();
  await expect(invitation).toContainText(t('mailbox.link.expired'));
  await expectAccessible(page);
  await invitation.getByRole('link', { name: ja('mail.button') }).click();
  await expect(page.getByRole('heading', { name: t('accept.deadHeading') })).toBeFocused();
  await expect(page.getByText(t('error.invitation.expired'))).toBeVisible();
  await expectAccessible(page);
}

for (const locale of locales) {
  test(`${locale}: Harry gets his invitation again, creates his account, invites a colleague, and her old link expires`, async ({ page }) => {
    test.setTimeout(300_000); // the whole story, with an axe-core check after every step: slow on a busy machine
    const t = await openSimulator(page, locale);
    await expect(page.getByRole('note')).toContainText(t('sim.note'));

    // Not registered yet: sign-in refuses and says why.
    await page.getByLabel(t('signIn.email')).fill(harry);
    await page.getByLabel(t('signIn.password')).fill('Whatever-1');
    await page.getByRole('button', { name: t('signIn.submit') }).click();
    await expect(page.getByRole('alert').filter({ hasText: t('error.signIn.invitationPending') })).toBeVisible();
    await expectAccessible(page);

    // Wrong details: the neutral answer, and no new email.
    await page.getByRole('link', { name: t('signIn.resend') }).click();
    await expect(page.getByRole('heading', { name: t('resend.heading') })).toBeFocused();
    await page.getByLabel(t('resend.email')).fill(harry);
    await page.getByLabel(t('resend.agreementNumber')).fill(agreementNumber);
    await page.getByLabel(t('resend.purchasingAccountNumber')).fill('5099999999');
    await page.getByRole('button', { name: t('resend.submit') }).click();
    await expect(page.getByRole('heading', { name: t('resend.doneHeading') })).toBeFocused();
    await expect(page.getByText(t('notice.resend.received'))).toBeVisible();
    await expect(messages(page, harry)).toHaveCount(1);
    await expectAccessible(page);

    // A malformed number is refused next to its field, and focus goes there.
    await page.getByRole('link', { name: t('resend.back') }).click();
    await page.getByRole('link', { name: t('signIn.resend') }).click();
    // As a person does, start typing once the form is there (its heading takes focus when it opens).
    await expect(page.getByRole('heading', { name: t('resend.heading') })).toBeFocused();
    await page.getByLabel(t('resend.email')).fill(harry);
    await page.getByLabel(t('resend.agreementNumber')).fill(agreementNumber);
    await page.getByLabel(t('resend.purchasingAccountNumber')).fill('50123');
    await page.getByRole('button', { name: t('resend.submit') }).click();
    const purchasing = page.getByLabel(t('resend.purchasingAccountNumber'));
    await expect(purchasing).toBeFocused();
    await expect(purchasing).toHaveAccessibleDescription(literally(t('error.purchasingAccountNumber.format')));
    await expectAccessible(page);

    // The right details bring the invitation: the same answer on the screen, a new email in the mailbox.
    await purchasing.fill(purchasingAccountNumber);
    await page.getByRole('button', { name: t('resend.submit') }).click();
    await expect(page.getByText(t('notice.resend.received'))).toBeVisible();
    await expect(messages(page, harry)).toHaveCount(2);
    // The simulator started on this page: Harry prefers its language, so his email is in it.
    await expect(messages(page, harry).first().getByRole('heading')).toHaveText(t('mail.invitation.purchasing-administrator.subject'));
    await expectAccessible(page);

    // The accept page refuses a confirmation that does not match, keeping the input.
    await messages(page, harry).first().getByRole('link', { name: t('mail.button') }).click();
    await expect(page.getByRole('heading', { name: t('accept.heading') })).toBeFocused();
    await expect(page.getByLabel(t('accept.email'))).toHaveValue(harry);
    await expectAccessible(page);
    await page.getByLabel(t('accept.password'), { exact: true }).fill(password);
    await page.getByLabel(t('accept.confirmPassword'), { exact: true }).fill('Practice-Pass2');
    await page.getByRole('button', { name: t('accept.submit') }).click();
    const confirm = page.getByLabel(t('accept.confirmPassword'), { exact: true });
    await expect(confirm).toBeFocused();
    await expect(confirm).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toContainText(t('error.confirmPassword.mismatch'));
    await expect(page.getByLabel(t('accept.password'), { exact: true })).toHaveValue(password);
    await expectAccessible(page);

    await confirm.fill(password);
    await page.getByRole('button', { name: t('accept.submit') }).click();
    await expect(page.getByRole('heading', { name: t('dashboard.heading') })).toBeFocused();
    await expect(page.getByText(t('dashboard.welcome', { name: harryName }))).toBeVisible();
    await expectAccessible(page);

    // My profile, from the user menu, says Account administrator.
    await page.getByRole('button', { name: t('portal.userMenu', { name: harryName }) }).click();
    await page.getByRole('link', { name: t('portal.profile') }).click();
    await expect(page.getByRole('heading', { name: t('profile.heading') })).toBeFocused();
    await expect(page.getByRole('definition').filter({ hasText: t('role.account-administrator') })).toBeVisible();
    await expect(messages(page, harry).first()).toContainText(t('mailbox.link.accepted'));
    await expectAccessible(page);

    await harryInvitesMai(page, t);
    await maisLinkExpires(page, locale, t);
  });
}

test('unreadable saved data is replaced with a message, and the simulator works', async ({ page }) => {
  const t = await openSimulator(page, 'en');
  await page.evaluate(() => localStorage.setItem('business-center-help:portal', '{"version": 2, "state": ['));
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: t('notice.store.recovered') })).toBeVisible();
  await expect(messages(page, harry)).toHaveCount(1);
  await expectAccessible(page);
  await page.getByRole('button', { name: t('sim.dismiss') }).click();
  await expect(page.getByText(t('notice.store.recovered'))).toHaveCount(0);
  await acceptNewest(page, 'en');
});

test('a browser that stops saving (storage full) still lets the trainee practise, and says the work is not kept', async ({ page }) => {
  const t = await openSimulator(page, 'ja');
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await acceptNewest(page, 'ja');
  await expect(page.getByText(t('dashboard.welcome', { name: harryName }))).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: t('notice.store.unsaved') })).toBeVisible();
  await expect(page.getByText(t('error.store.writeFailed'))).toHaveCount(0);
  await expectAccessible(page);
});

test('a name with markup is shown as text', async ({ page }) => {
  const name = '<img src=x onerror=alert(1)>';
  await openSimulator(page, 'en');
  await acceptNewest(page, 'en', name);
  await expect(page.getByText(simTranslations('en')('dashboard.welcome', { name }))).toBeVisible();
  expect(await page.locator('main img').count()).toBe(0);
});

test('a change in one tab appears in another', async ({ page, context }) => {
  const t = simTranslations('ja');
  await openSimulator(page, 'ja');
  const other = await context.newPage();
  await other.goto('/ja/simulator/');
  await expect(other.getByText(t('controls.today', { date: '2016年11月1日', day: '0' }))).toBeVisible();

  await page.getByLabel(t('controls.days')).fill('60');
  await page.getByRole('button', { name: t('controls.advance') }).click();
  await expect(other.getByText(t('controls.today', { date: '2016年12月31日', day: '60' }))).toBeVisible();
  await expect(messages(other, harry).first()).toContainText(t('mailbox.link.expired'));

  // The link is dead from day 60: the accept page says so.
  await messages(other, harry).first().getByRole('link', { name: t('mail.button') }).click();
  await expect(other.getByRole('heading', { name: t('accept.deadHeading') })).toBeVisible();
  await expect(other.getByText(t('error.invitation.expired'))).toBeVisible();

  await page.getByLabel(t('controls.days')).fill('0');
  await page.getByRole('button', { name: t('controls.advance') }).click();
  await expect(page.getByLabel(t('controls.days'))).toHaveAccessibleDescription(t('error.days.invalid'));
});

test('Harry invites a colleague, whose email is in her language, and changes her roles', async ({ page }) => {
  const t = simTranslations('en');
  const name = '<b>Kyoko</b> <img src=x onerror=alert(1)>';
  // Harry registered and signed in (a prepared store), on Manage users: his registration is the story's.
  await openPrepared(page, 'en', '#/users');
  await page.getByRole('button', { name: t('invite.open') }).click();
  await expect(page.getByRole('heading', { name: t('invite.heading') })).toBeFocused();

  // An empty form is refused as a whole; a bad address next to its field, focus on it.
  await page.getByRole('button', { name: t('invite.submit'), exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: t('error.rows.empty') })).toBeFocused();
  await page.getByLabel(t('invite.email')).fill('kyoko');
  await page.getByRole('button', { name: t('invite.submit'), exact: true }).click();
  await expect(page.getByLabel(t('invite.email'))).toBeFocused();
  await expect(page.getByLabel(t('invite.email'))).toHaveAccessibleDescription(new RegExp(t('error.email.malformed').slice(0, 20)));
  await expectAccessible(page);

  await page.getByLabel(t('invite.email')).fill('kyoko@contoso.com');
  await page.getByLabel(t('invite.name')).fill(name);
  await page.getByLabel(t('invite.language')).selectOption('ja');
  await page.getByLabel(t('invite.country')).selectOption('JP');
  await page.getByRole('checkbox', { name: t('role.report-viewer') }).check();
  await page.getByRole('button', { name: t('invite.submit'), exact: true }).click();
  await expect(page.getByText(t('invite.done', { names: 'kyoko@contoso.com' }))).toBeVisible();

  // The list shows the name as text; her email speaks Japanese.
  await expect(page.getByRole('rowheader', { name })).toBeVisible();
  expect(await page.locator('main img, main b').count()).toBe(0);
  await page.getByRole('combobox', { name: t('mailbox.address') }).selectOption('kyoko@contoso.com');
  await expect(messages(page, 'kyoko@contoso.com').first().getByRole('heading')).toHaveText(ja('mail.invitation.colleague.subject'));
  await expect(messages(page, 'kyoko@contoso.com').first()).toContainText(ja('mail.greeting', { name }));

  // Edit roles: add Account viewer.
  await page.getByRole('button', { name: t('users.edit', { name }) }).click();
  await page.getByRole('checkbox', { name: t('role.account-viewer') }).check();
  await page.getByRole('button', { name: t('roles.save') }).click();
  await expect(page.getByText(t('roles.saved'))).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp('kyoko@contoso.com') })).toContainText(`${t('role.report-viewer')} and ${t('role.account-viewer')}`);
  await expectAccessible(page);
});

test('zh-tw: an Account administrator associates a domain; a consumer domain is refused', async ({ page }) => {
  const t = await openPrepared(page, 'zh-tw', '#/domains');
  await expect(page.getByRole('heading', { name: t('domains.heading'), exact: true })).toBeVisible();
  const field = page.getByLabel(t('domains.field'));
  await field.fill('gmail.com');
  await page.getByRole('button', { name: t('domains.submit') }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleDescription(new RegExp(t('error.domain.personal')));
  await field.fill('contoso.com');
  await page.getByRole('button', { name: t('domains.submit') }).click();
  await expect(page.getByText(t('domains.associated', { domain: 'contoso.com' }))).toBeVisible();
  await expect(page.getByRole('button', { name: t('domains.remove', { domain: 'contoso.com' }) })).toBeVisible();
  await expectAccessible(page);
});

test('ja: the partner changes the administrator’s address, and the new address gets the invitation', async ({ page }) => {
  const t = simTranslations('ja');
  await page.goto('/ja/simulator/partner/');
  const number = page.getByLabel(t('partner.agreementNumber'));
  await number.fill('123');
  await page.getByRole('button', { name: t('partner.find') }).click();
  await expect(number).toBeFocused();
  await expect(number).toHaveAccessibleDescription(new RegExp(t('error.agreementNumber.format')));
  await number.fill('1234567890');
  await page.getByRole('button', { name: t('partner.find') }).click();
  await expect(page.getByText(t('partner.admin', { name: 'Harry Roldan', email: harry }))).toBeVisible();
  await expect(page.getByText(t('partner.status.invited'))).toBeVisible();

  await page.getByLabel(t('partner.newEmail')).fill('harold@contoso.com');
  await page.getByRole('button', { name: t('partner.changeEmail') }).click();
  await expect(page.getByText(t('notice.invitation.sent'))).toBeVisible();
  await expect(page.getByText(t('partner.admin', { name: 'Harry Roldan', email: 'harold@contoso.com' }))).toBeVisible();
  await page.getByRole('combobox', { name: t('mailbox.address') }).selectOption('harold@contoso.com');
  await expect(messages(page, 'harold@contoso.com')).toHaveCount(1);
  await expectAccessible(page);

  // Another administrator, who prefers Traditional Chinese: a missing language is refused first.
  await page.getByLabel(t('partner.adminName')).fill('Mei-Ling Chen');
  await page.getByLabel(t('partner.adminEmail')).fill('meiling@contoso.com');
  await page.getByRole('button', { name: t('partner.changeAdminSubmit') }).click();
  await expect(page.getByRole('combobox', { name: t('partner.adminLanguage') })).toBeFocused();
  await expect(page.getByLabel(t('partner.adminName'))).toHaveValue('Mei-Ling Chen');
  await page.getByRole('combobox', { name: t('partner.adminLanguage') }).selectOption('zh-tw');
  await page.getByRole('button', { name: t('partner.changeAdminSubmit') }).click();
  await expect(page.getByText(t('partner.admin', { name: 'Mei-Ling Chen', email: 'meiling@contoso.com' }))).toBeVisible();
  await page.getByRole('combobox', { name: t('mailbox.address') }).selectOption('meiling@contoso.com');
  await expect(messages(page, 'meiling@contoso.com').first().getByRole('heading')).toHaveText(simTranslations('zh-tw')('mail.invitation.purchasing-administrator.subject'));
  await expectAccessible(page);
});

test('the simulator runs under the strict CSP, and a registered user signs out and in again', async ({ page }) => {
  const t = simTranslations('en');
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await openSimulator(page, 'en');
  await acceptNewest(page, 'en');
  await page.getByRole('button', { name: t('portal.userMenu', { name: 'Harry Roldan' }) }).click();
  await page.getByRole('button', { name: t('portal.signOut') }).click();
  await page.getByLabel(t('signIn.email')).fill(harry);
  await page.getByLabel(t('signIn.password')).fill('Wrong-pass1');
  await page.getByRole('button', { name: t('signIn.submit') }).click();
  await expect(page.getByRole('alert').filter({ hasText: t('error.signIn.badCredentials') })).toBeVisible();
  await page.getByLabel(t('signIn.password')).fill(password);
  await page.getByRole('button', { name: t('signIn.submit') }).click();
  await expect(page.getByRole('heading', { name: t('dashboard.heading') })).toBeFocused();
  await page.goto('/en/simulator/partner/');
  await expect(page.getByRole('button', { name: t('partner.find') })).toBeVisible();
  expect(violations).toEqual([]);
});

test('export and import: a saved file brings the data back; a bad file changes nothing', async ({ page }) => {
  const t = await openSimulator(page, 'en');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('controls.export') }).click();
  const file = await (await download).path();
  await page.getByLabel(t('controls.days')).fill('10');
  await page.getByRole('button', { name: t('controls.advance') }).click();
  await expect(page.getByText(/\(day 10\)/)).toBeVisible();

  const importer = page.getByLabel(t('controls.import'));
  await importer.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"not": "simulator"}') });
  await expect(importer).toHaveAccessibleDescription(t('error.import.invalid'));
  await expect(page.getByText(/\(day 10\)/)).toBeVisible();

  await importer.setInputFiles(file);
  await expect(page.getByText(t('controls.importDone'))).toBeVisible();
  await expect(page.getByText(/\(day 0\)/)).toBeVisible();
});
