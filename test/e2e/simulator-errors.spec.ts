/**
 * Every error a learner can reach through the simulator's forms, each shown at least once, in
 * its locale's words, next to its field (aria-describedby) or in the form's alert. axe-core
 * checks each screen reached once (a form with its errors, an alert, a dead link). Errors
 * covered here or in simulator.spec.ts (marked *):
 *
 * - Sign-in: email.empty, email.malformed, email.tooLong, email.personal, password.empty,
 *   signIn.notInvited, signIn.invitationExpired, signIn.invitationPending*, signIn.badCredentials*.
 * - Resend request: email.empty, email.personal, agreementNumber.empty, agreementNumber.format,
 *   purchasingAccountNumber.empty, purchasingAccountNumber.format* (details that do not match are no
 *   error: the answer is the same neutral one, simulator.spec.ts).
 * - Accept invitation (create account): name.empty, name.tooLong, name.malformed, password.empty,
 *   password.tooShort, password.tooLong, password.tooSimple, confirmPassword.empty,
 *   confirmPassword.mismatch*, country.empty; dead links: invitation.unknown,
 *   invitation.replaced, invitation.used, invitation.expired*.
 * - Invite users: rows.empty*, email.empty, email.malformed*, email.tooLong, email.personal,
 *   email.duplicateRow, email.alreadyUser, email.alreadyInvited, name.empty, name.tooLong,
 *   name.malformed, language.empty, country.empty, roles.empty.
 * - Edit roles: roles.empty, user.lastAccountAdministrator.
 * - Domains: domain.empty, domain.malformed, domain.tooLong, domain.personal*, domain.duplicate,
 *   domain.unknown (removed meanwhile in another tab).
 * - Clock: days.invalid (also * with 0). Import: import.invalid*, import.tooLarge.
 * - Partner console, find: agreementNumber.empty, agreementNumber.format*, partner.agreementNotFound;
 *   new address: email.empty, email.malformed, email.personal, email.tooLong, email.sameAsCurrent,
 *   email.alreadyInvited, email.alreadyUser; another administrator: name.empty, name.tooLong,
 *   name.malformed, email.empty, email.sameAsCurrent, language.empty (also *).
 *
 * Not reachable through the UI:
 * - country.unknown, language.unknown, roles.unknown: the selects and boxes only offer known values.
 * - roles.notAssignable: only the roles the user may assign are offered or enabled.
 * - rows.tooMany: "Add a row" goes away at the 50-row limit.
 * - input.invalid: only for malformed input from code or another program, never from a form.
 * - auth.signedOut, auth.forbidden: the portal hides what a user may not do, and signing out (in
 *   any tab) returns every tab to sign-in.
 * - user.unknown: no screen deletes a user (reset also signs everyone out).
 * - store.writeFailed: never in a page: when the browser refuses a save, practice goes on in memory
 *   with a notice (simulator.spec.ts), so only a refusing backend (the Vitest model tests) answers it.
 */
import { test, type Page } from '@playwright/test';
import type { Locale } from '../../src/i18n/locales';
import type { SimTranslate } from '../../src/i18n/sim';
import { formatNumber } from '../../src/i18n/sim/intl';
import { harrySignedIn, must } from '../support/model/scenes';
import {
  acceptNewest, agreementNumber, expect, expectAccessible, expectAlert, expectFieldError, harry, harryName, inviteButton, inviteColleague,
  jumpDays, messages, openInviteUsers, openManageAccess, openPartnerConsole, openPrepared, openSimulator, password, purchasingAccountNumber,
} from './support/simulator';

// axe-core scans each screen once, in the state that shows most (errors by fields, or the form's
// alert): a second scan of the same screen with other sentences in it finds nothing new, and costs
// a second or more.
test.describe.configure({ timeout: 180_000 });

/** Longer than an address may be (254 characters). */
const longEmail = `${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}.com`;
/** Longer than a name may be (100 characters). */
const longName = 'Tanaka '.repeat(15);
/** A name with a control character (a bell) in it. */
const controlName = 'Mai\u0007Tanaka';

/** Submits the form whose submit button is named `name`. */
const submit = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

test.describe('sign-in', () => {
  test('en: every refusal of the sign-in form', async ({ page }) => {
    const t = await openSimulator(page, 'en');
    const email = page.getByLabel(t('signIn.email'));
    const passwordField = page.getByLabel(t('signIn.password'));
    await submit(page, t('signIn.submit'));
    await expectFieldError(email, t('error.email.empty'));
    await expectFieldError(passwordField, t('error.password.empty'));
    await expect(email).toBeFocused();
    await expectAccessible(page);

    await passwordField.fill('Whatever-1');
    for (const [address, key] of [['harry', 'error.email.malformed'], ['harry@outlook.com', 'error.email.personal'], [longEmail, 'error.email.tooLong']] as const) {
      await email.fill(address);
      await submit(page, t('signIn.submit'));
      await expectFieldError(email, t(key));
    }

    await email.fill('nobody@contoso.com');
    await submit(page, t('signIn.submit'));
    await expectAlert(page, t('error.signIn.notInvited'));
    await expectAccessible(page);
  });

  test('ja: after 61 days an invitation nobody accepted has expired, and sign-in says so', async ({ page }) => {
    const t = await openSimulator(page, 'ja');
    await jumpDays(page, t, 61);
    await expect(messages(page, harry).first()).toContainText(t('mailbox.link.expired'));
    await page.getByLabel(t('signIn.email')).fill(harry);
    await page.getByLabel(t('signIn.password')).fill(password);
    await submit(page, t('signIn.submit'));
    await expectAlert(page, t('error.signIn.invitationExpired'));
    await expectAccessible(page);
  });
});

test('zh-tw: the resend request refuses empty and malformed details', async ({ page }) => {
  const t = await openSimulator(page, 'zh-tw');
  await page.getByRole('link', { name: t('signIn.resend') }).click();
  await expect(page.getByRole('heading', { name: t('resend.heading') })).toBeFocused();
  const email = page.getByLabel(t('resend.email'));
  const agreement = page.getByLabel(t('resend.agreementNumber'));
  const purchasing = page.getByLabel(t('resend.purchasingAccountNumber'));
  await submit(page, t('resend.submit'));
  await expectFieldError(email, t('error.email.empty'));
  await expectFieldError(agreement, t('error.agreementNumber.empty'));
  await expectFieldError(purchasing, t('error.purchasingAccountNumber.empty'));
  await expectAlert(page, t('error.agreementNumber.empty'));
  await expect(email).toBeFocused();
  await expectAccessible(page);

  await email.fill('harry@gmail.com');
  await agreement.fill('12345');
  await purchasing.fill(purchasingAccountNumber);
  await submit(page, t('resend.submit'));
  await expectFieldError(email, t('error.email.personal'));
  await expectFieldError(agreement, t('error.agreementNumber.format'));
  await expect(messages(page, harry)).toHaveCount(1);
});

test.describe('accept invitation', () => {
  test('ja: each rule of the create-account form, next to its field', async ({ page }) => {
    const t = await openSimulator(page, 'ja');
    await messages(page, harry).first().getByRole('link', { name: t('mail.button') }).click();
    await expect(page.getByRole('heading', { name: t('accept.heading') })).toBeFocused();
    const field = (key: 'accept.name' | 'accept.password' | 'accept.confirmPassword' | 'accept.country') => page.getByLabel(t(key), { exact: true });

    // Everything left empty (the name and country come filled in: clear them).
    await field('accept.name').fill('');
    await field('accept.country').selectOption('');
    await submit(page, t('accept.submit'));
    await expectFieldError(field('accept.name'), t('error.name.empty'));
    await expectFieldError(field('accept.password'), t('error.password.empty'));
    await expectFieldError(field('accept.confirmPassword'), t('error.confirmPassword.empty'));
    await expectFieldError(field('accept.country'), t('error.country.empty'));
    await expect(field('accept.name')).toBeFocused();
    await expectAccessible(page);

    // Names too long or with a control character; each password rule in turn.
    await field('accept.name').fill(longName);
    await expectFieldError(field('accept.name'), t('error.name.tooLong'));
    await field('accept.name').fill(controlName);
    await expectFieldError(field('accept.name'), t('error.name.malformed'));
    const passwords = [['Pa1!', 'error.password.tooShort'], ['Pa1!'.repeat(33), 'error.password.tooLong'], ['onlylowercase', 'error.password.tooSimple']] as const;
    for (const [typed, key] of passwords) {
      await field('accept.password').fill(typed);
      await expectFieldError(field('accept.password'), t(key));
    }

    // Put right, the account is created.
    await field('accept.name').fill(harryName);
    await field('accept.password').fill(password);
    await field('accept.confirmPassword').fill(password);
    await field('accept.country').selectOption('US');
    await submit(page, t('accept.submit'));
    await expect(page.getByRole('heading', { name: t('dashboard.heading') })).toBeFocused();
  });

  test('en: unknown, replaced and used links say why they do not work', async ({ page }) => {
    const t = await openSimulator(page, 'en');
    const dead = async (key: 'error.invitation.unknown' | 'error.invitation.replaced' | 'error.invitation.used') => {
      await expect(page.getByRole('heading', { name: t('accept.deadHeading') })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: t(key) })).toBeVisible();
    };
    await page.goto('/en/simulator/#/accept/no-such-invitation');
    await dead('error.invitation.unknown');
    // The dead link's screen, scanned once: the other reasons change only its sentence.
    await expectAccessible(page);

    // A new invitation replaces the first one.
    await page.getByRole('link', { name: t('accept.toSignIn') }).click();
    await page.getByRole('link', { name: t('signIn.resend') }).click();
    await page.getByLabel(t('resend.email')).fill(harry);
    await page.getByLabel(t('resend.agreementNumber')).fill(agreementNumber);
    await page.getByLabel(t('resend.purchasingAccountNumber')).fill(purchasingAccountNumber);
    await submit(page, t('resend.submit'));
    await expect(page.getByText(t('notice.resend.received'))).toBeVisible();
    const first = messages(page, harry).last();
    await expect(first).toContainText(t('mailbox.link.replaced'));
    await first.getByRole('link', { name: t('mail.button') }).click();
    await dead('error.invitation.replaced');

    // A link works once.
    await acceptNewest(page, 'en');
    await messages(page, harry).first().getByRole('link', { name: t('mail.button') }).click();
    await dead('error.invitation.used');
  });
});

/** On Manage users (opened at its address): Invite users. */
async function openInviteUsersHere(page: Page, t: SimTranslate) {
  await page.getByRole('button', { name: t('invite.open') }).click();
  await expect(page.getByRole('heading', { name: t('invite.heading') })).toBeFocused();
}

/** Row `number` (from 1) of Invite users. */
const inviteRow = (page: Page, t: SimTranslate, locale: Locale, number: number) =>
  page.getByRole('group', { name: t('invite.row', { number: formatNumber(number, locale) }), exact: true });

test.describe('invite users', () => {
  test('zh-tw: every row rule, each next to its field', async ({ page }) => {
    const t = await openPrepared(page, 'zh-tw', '#/users');
    await openInviteUsersHere(page, t);
    const rows = [
      { email: '', name: 'Mai Tanaka', noLanguage: true },
      { email: harry, name: '', role: true },
      { email: 'mai@gmail.com', name: longName, role: true },
      { email: 'mai@contoso.com', name: controlName, role: true },
      { email: 'MAI@contoso.com', name: 'Mai Tanaka', role: true },
      { email: longEmail, name: 'Mai Tanaka', role: true },
    ];
    for (const [index, row] of rows.entries()) {
      if (index > 0) await page.getByRole('button', { name: t('invite.addRow') }).click();
      const group = inviteRow(page, t, 'zh-tw', index + 1);
      await group.getByLabel(t('invite.email')).fill(row.email);
      await group.getByLabel(t('invite.name')).fill(row.name);
      // Leaving a field shows its error, which moves what is below it: leave it before clicking on.
      await group.getByLabel(t('invite.name')).blur();
      if (row.noLanguage) {
        await group.getByLabel(t('invite.language')).selectOption('');
        await group.getByLabel(t('invite.country')).selectOption('');
      }
      if (row.role) await group.getByRole('checkbox', { name: t('role.report-viewer') }).check();
    }
    await inviteButton(page, t).click();

    const expectRow = (number: number, label: 'invite.email' | 'invite.name' | 'invite.language' | 'invite.country', key: Parameters<SimTranslate>[0]) =>
      expectFieldError(inviteRow(page, t, 'zh-tw', number).getByLabel(t(label)), t(key));
    await expectRow(1, 'invite.email', 'error.email.empty');
    await expect(inviteRow(page, t, 'zh-tw', 1).getByLabel(t('invite.email'))).toBeFocused();
    await expectRow(1, 'invite.language', 'error.language.empty');
    await expectRow(1, 'invite.country', 'error.country.empty');
    // The roles' group says Harry's rule (what he may assign), then the error.
    const harrysRule = t('roles.rule.any', { role: t('role.account-administrator') });
    await expect(inviteRow(page, t, 'zh-tw', 1).getByRole('group', { name: t('invite.roles') })).toHaveAccessibleDescription(`${harrysRule} ${t('error.roles.empty')}`);
    await expectRow(2, 'invite.email', 'error.email.alreadyUser');
    await expectRow(2, 'invite.name', 'error.name.empty');
    await expectRow(3, 'invite.email', 'error.email.personal');
    await expectRow(3, 'invite.name', 'error.name.tooLong');
    await expectRow(4, 'invite.name', 'error.name.malformed');
    await expectRow(5, 'invite.email', 'error.email.duplicateRow');
    await expectRow(6, 'invite.email', 'error.email.tooLong');
    await expectAlert(page, t('error.email.duplicateRow'));
    await expectAccessible(page);
  });

  test('zh-tw: someone invited already cannot be invited again', async ({ page }) => {
    const mai = { email: 'mai@contoso.com', name: 'Mai Tanaka', role: 'report-viewer' } as const;
    const t = await openPrepared(page, 'zh-tw', '#/users', async (world) => {
      await harrySignedIn(world);
      must(await world.store.inviteUsers({ rows: [{ email: mai.email, name: mai.name, preferredLanguage: 'en', country: 'US', roles: [mai.role] }] }));
    });
    await openInviteUsersHere(page, t);
    await page.getByLabel(t('invite.email')).fill(mai.email);
    await page.getByLabel(t('invite.name')).fill(mai.name);
    await page.getByRole('checkbox', { name: t('role.report-viewer') }).check();
    await inviteButton(page, t).click();
    await expectFieldError(page.getByLabel(t('invite.email')), t('error.email.alreadyInvited'));
  });
});

test('ja: roles cannot be left empty, and the last Account administrator keeps the role', async ({ page }) => {
  const t = await openSimulator(page, 'ja');
  await acceptNewest(page, 'ja');
  await openManageAccess(page, t);
  await page.getByRole('button', { name: t('users.edit', { name: harryName }) }).click();
  await expect(page.getByRole('heading', { name: t('roles.legend', { name: harryName }) })).toBeFocused();
  const roles = page.getByRole('group', { name: t('users.roles'), exact: true });
  await roles.getByRole('checkbox', { name: t('role.account-administrator') }).uncheck();
  await expect(roles).toHaveAccessibleDescription(t('error.roles.empty'));
  await expectAccessible(page);

  await roles.getByRole('checkbox', { name: t('role.report-viewer') }).check();
  await page.getByRole('button', { name: t('roles.save') }).click();
  await expectAlert(page, t('error.user.lastAccountAdministrator'));
  await expect(page.getByRole('row', { name: new RegExp(harry) })).toContainText(t('role.account-administrator'));
  await expectAccessible(page);
});

test('en: domains: empty, malformed, too long, duplicate, and one removed meanwhile in another tab', async ({ page, context }) => {
  const t = await openPrepared(page, 'en', '#/domains');
  await expect(page.getByRole('heading', { name: t('domains.heading'), exact: true })).toBeVisible();
  const field = page.getByLabel(t('domains.field'));
  const cases = [['', 'error.domain.empty'], ['contoso', 'error.domain.malformed'], [`${'a'.repeat(63)}.`.repeat(4) + 'com', 'error.domain.tooLong']] as const;
  for (const [typed, key] of cases) {
    await field.fill(typed);
    await field.blur(); // shows the error, which moves the button: leave the field before clicking on
    await submit(page, t('domains.submit'));
    await expectFieldError(field, t(key));
    await expect(field).toBeFocused();
  }
  await expectAccessible(page);

  await field.fill('contoso.com');
  await submit(page, t('domains.submit'));
  await expect(page.getByText(t('domains.associated', { domain: 'contoso.com' }))).toBeVisible();
  await field.fill('Contoso.com');
  await submit(page, t('domains.submit'));
  await expectFieldError(field, t('error.domain.duplicate'));

  // Another tab removes it; this tab, not refreshed, tries too.
  const other = await context.newPage();
  await other.goto('/en/simulator/#/domains');
  await other.getByRole('button', { name: t('domains.remove', { domain: 'contoso.com' }) }).click();
  await expect(other.getByText(t('domains.removed', { domain: 'contoso.com' }))).toBeVisible();
  await page.getByRole('button', { name: t('domains.remove', { domain: 'contoso.com' }) }).click();
  await expectAlert(page, t('error.domain.unknown'));
  await expect(page.getByText(t('domains.none'))).toBeVisible();
  await expectAccessible(page);
});

test('zh-tw: the clock refuses too many days, and the import refuses a file too large', async ({ page }) => {
  const t = await openSimulator(page, 'zh-tw');
  const days = page.getByLabel(t('controls.days'));
  await jumpDays(page, t, 3651);
  await expect(days).toBeFocused();
  await expectFieldError(days, t('error.days.invalid'));

  const importer = page.getByLabel(t('controls.import'));
  await importer.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(5_000_001, ' ') });
  await expectFieldError(importer, t('error.import.tooLarge'));
  await expectAlert(page, t('error.import.tooLarge'));
  await expectAccessible(page);
});

test.describe('partner console', () => {
  test('en: finding an agreement and changing the administrator refuse bad input', async ({ page }) => {
    const t = await openPartnerConsole(page, 'en');
    const number = page.getByLabel(t('partner.agreementNumber'));
    await submit(page, t('partner.find'));
    await expectFieldError(number, t('error.agreementNumber.empty'));
    await number.fill('0000000000');
    await submit(page, t('partner.find'));
    await expectAlert(page, t('error.partner.agreementNotFound'));
    await expectAccessible(page);
    await number.fill(agreementNumber);
    await submit(page, t('partner.find'));
    await expect(page.getByText(t('partner.admin', { name: harryName, email: harry }))).toBeVisible();

    // The new address of the administrator.
    const newEmail = page.getByLabel(t('partner.newEmail'));
    const addresses = [['', 'error.email.empty'], ['harold', 'error.email.malformed'], ['harold@hotmail.com', 'error.email.personal'], [longEmail, 'error.email.tooLong'], [harry, 'error.email.sameAsCurrent']] as const;
    for (const [typed, key] of addresses) {
      await newEmail.fill(typed);
      await submit(page, t('partner.changeEmail'));
      await expectFieldError(newEmail, t(key));
    }
    await expectAccessible(page);

    // Another administrator.
    const name = page.getByLabel(t('partner.adminName'));
    const email = page.getByLabel(t('partner.adminEmail'));
    const language = page.getByLabel(t('partner.adminLanguage'));
    await submit(page, t('partner.changeAdminSubmit'));
    await expectFieldError(name, t('error.name.empty'));
    await expectFieldError(email, t('error.email.empty'));
    await expectFieldError(language, t('error.language.empty'));
    await expect(name).toBeFocused();
    await expectAccessible(page);
    await name.fill(longName);
    await email.fill(harry);
    await language.selectOption('en');
    await submit(page, t('partner.changeAdminSubmit'));
    await expectFieldError(name, t('error.name.tooLong'));
    await expectFieldError(email, t('error.email.sameAsCurrent'));
    await name.fill(controlName);
    await submit(page, t('partner.changeAdminSubmit'));
    await expectFieldError(name, t('error.name.malformed'));
  });

  test('zh-tw: the new address cannot be someone invited or already a user', async ({ page }) => {
    const t = await openSimulator(page, 'zh-tw');
    await acceptNewest(page, 'zh-tw');
    await openInviteUsers(page, t);
    await inviteColleague(page, t, { email: 'mai@contoso.com', name: 'Mai Tanaka', role: 'report-viewer' });

    await openPartnerConsole(page, 'zh-tw');
    await page.getByLabel(t('partner.agreementNumber')).fill(agreementNumber);
    await submit(page, t('partner.find'));
    const newEmail = page.getByLabel(t('partner.newEmail'));
    await newEmail.fill('mai@contoso.com');
    await submit(page, t('partner.changeEmail'));
    await expectFieldError(newEmail, t('error.email.alreadyInvited'));
    await expectAccessible(page);

    // Mei-Ling becomes the administrator; Harry stays a user, so his address is taken.
    await page.getByLabel(t('partner.adminName')).fill('Mei-Ling Chen');
    await page.getByLabel(t('partner.adminEmail')).fill('meiling@contoso.com');
    await page.getByLabel(t('partner.adminLanguage')).selectOption('zh-tw');
    await submit(page, t('partner.changeAdminSubmit'));
    await expect(page.getByText(t('partner.admin', { name: 'Mei-Ling Chen', email: 'meiling@contoso.com' }))).toBeVisible();
    await newEmail.fill(harry);
    await submit(page, t('partner.changeEmail'));
    await expectFieldError(newEmail, t('error.email.alreadyUser'));
  });
});
