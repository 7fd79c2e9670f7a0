import { expect, test } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { simTranslations } from '../../src/i18n/sim';
import { axe, createHarrysAccount, gotoPanel, harry, openPanel, outcome, panelOf, panelPages, panelText, password, type Section } from './support/panels';

test('a guide page runs no island code until the reader points at a panel, and its panel runs under the strict CSP', async ({ page }) => {
  const scripts: string[] = [];
  const blocked: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) blocked.push(message.text());
  });
  await page.goto('/en/get-invitation/');
  await page.waitForLoadState('networkidle');
  await panelOf(page, 'request-resend').scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await openPanel(page, 'en', 'request-resend');
  expect(scripts).toContain('/_islands/guide.js');
  expect(scripts.every((script) => script.startsWith('/_islands/'))).toBe(true);
  expect(blocked).toEqual([]);
});

for (const locale of locales) {
  for (const [section, slug] of Object.entries(panelPages) as [Section, string][]) {
    // axe scans every panel in both colour schemes in a11y.spec.ts.
    test(`${locale} ${section}: the panel states its goal and starts without taking focus`, async ({ page }) => {
      const tp = panelText(locale);
      await page.goto(`/${locale}/${slug}/`);
      await page.locator('main').focus();
      const panel = await openPanel(page, locale, section);
      await expect(panel.getByText(tp(`panel.goal.${section}`))).toBeVisible();
      await expect(panel.getByRole('note')).toContainText(simTranslations(locale)('sim.note'));
      await expect(outcome(panel)).toContainText(tp('panel.nothingYet'));
      // A panel starting under the reader's pointer must not pull focus into it.
      await expect(page.locator('main')).toBeFocused();
    });
  }
}

test('zh-tw: the resend panel gives the same neutral answer to wrong and right details; only the mailbox differs', async ({ page }) => {
  const t = simTranslations('zh-tw');
  const tp = panelText('zh-tw');
  const panel = await gotoPanel(page, 'zh-tw', 'request-resend');
  const ask = async (purchasingAccountNumber: string) => {
    await panel.getByRole('link', { name: t('signIn.resend') }).click();
    await expect(panel.getByRole('heading', { name: t('resend.heading') })).toBeFocused();
    await panel.getByLabel(t('resend.email')).fill(harry);
    await panel.getByLabel(t('resend.agreementNumber')).fill('1234567890');
    await panel.getByLabel(t('resend.purchasingAccountNumber')).fill(purchasingAccountNumber);
    await panel.getByRole('button', { name: t('resend.submit') }).click();
    await expect(panel.getByRole('heading', { name: t('resend.doneHeading') })).toBeFocused();
    await expect(panel.getByRole('status').filter({ hasText: t('notice.resend.received') })).toBeVisible();
    await expect(panel.getByRole('alert')).toHaveCount(0);
  };
  await ask('5099999999');
  // The fragment still names the guide's section: the panel moves in its own state.
  expect(new URL(page.url()).hash).toBe('#request-resend');
  await expect(outcome(panel)).toContainText(tp('panel.nothingYet'));

  await panel.getByRole('link', { name: t('resend.back') }).click();
  await ask('5012345678');
  await expect(outcome(panel)).toContainText(tp('panel.mailArrived', { addresses: harry }));
  expect(await axe(page)).toEqual([]);
});

test('an account created in a guide panel is there on the simulator page, and after a reload', async ({ page }) => {
  const t = simTranslations('en');
  await createHarrysAccount(page, 'en');
  await page.goto('/en/simulator/');
  await expect(page.getByText(t('dashboard.welcome', { name: 'Harry Roldan' }))).toBeVisible();
  await page.reload();
  await expect(page.getByText(t('dashboard.welcome', { name: 'Harry Roldan' }))).toBeVisible();
  // And back in the guide, the sign-in steps know Harry is signed in.
  const panel = await gotoPanel(page, 'en', 'request-resend');
  await expect(panel.getByText(panelText('en')('panel.signedInAs', { name: 'Harry Roldan' }))).toBeVisible();
});

test('ja: the work-account check tells a work address from a personal one, and a malformed one from both', async ({ page }) => {
  const tp = panelText('ja');
  const t = simTranslations('ja');
  const panel = await gotoPanel(page, 'ja', 'sign-in-address');
  const field = panel.getByLabel(tp('panel.workAccount.field'));
  await field.fill('harry@');
  await panel.getByRole('button', { name: tp('panel.workAccount.check') }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(t('error.email.malformed'));
  await field.fill('Harry@Outlook.com');
  await panel.getByRole('button', { name: tp('panel.workAccount.check') }).click();
  await expect(outcome(panel)).toContainText(tp('panel.workAccount.personal', { address: 'harry@outlook.com' }));
  await field.fill(harry);
  await panel.getByRole('button', { name: tp('panel.workAccount.check') }).click();
  await expect(outcome(panel)).toContainText(tp('panel.workAccount.work', { address: harry }));
  expect(await axe(page)).toEqual([]);
});

test('Harry reads his roles in My profile, invites a colleague, changes her roles and associates a domain, all from the guide', async ({ page }) => {
  const t = simTranslations('en');
  const tp = panelText('en');
  await createHarrysAccount(page, 'en');

  // get-started: the user menu, top right, then My profile.
  let panel = await gotoPanel(page, 'en', 'get-started');
  await panel.getByRole('button', { name: t('portal.userMenu', { name: 'Harry Roldan' }) }).click();
  await panel.getByRole('link', { name: t('portal.profile') }).click();
  await expect(panel.getByRole('heading', { name: t('profile.heading') })).toBeFocused();
  await expect(outcome(panel)).toContainText(tp('panel.profile.mayInvite', { name: 'Harry Roldan', roles: t('role.account-administrator') }));
  expect(await axe(page)).toEqual([]);

  // invite-users: Mina, Report viewer, Japanese.
  panel = await openPanel(page, 'en', 'invite-users');
  await panel.getByLabel(t('invite.email')).fill('mina@contoso.com');
  await panel.getByLabel(t('invite.name')).fill('Mina Sato');
  await panel.getByLabel(t('invite.language')).selectOption('ja');
  await panel.getByRole('checkbox', { name: t('role.report-viewer') }).check();
  await panel.getByRole('button', { name: t('invite.submit'), exact: true }).click();
  await expect(outcome(panel)).toContainText(tp('panel.mailArrived', { addresses: 'mina@contoso.com' }));
  expect(await axe(page)).toEqual([]);

  // roles: what a role may do, then Mina gets Account viewer too.
  panel = await gotoPanel(page, 'en', 'roles');
  await panel.getByLabel(tp('panel.roles.pick')).selectOption('user-administrator');
  await expect(panel.getByText(tp('panel.roles.allows', { role: t('role.user-administrator'), permissions: 'see the user list, invite users, and change users’ roles' }))).toBeVisible();
  await panel.getByRole('button', { name: t('users.edit', { name: 'Mina Sato' }) }).click();
  await panel.getByRole('checkbox', { name: t('role.account-viewer') }).check();
  await panel.getByRole('button', { name: t('roles.save') }).click();
  await expect(outcome(panel)).toContainText(tp('panel.roles.changed', { name: 'Mina Sato', roles: `${t('role.report-viewer')} and ${t('role.account-viewer')}` }));
  expect(await axe(page)).toEqual([]);

  // domains: contoso.com.
  panel = await gotoPanel(page, 'en', 'domains');
  await panel.getByLabel(t('domains.field')).fill('contoso.com');
  await panel.getByRole('button', { name: t('domains.submit') }).click();
  await expect(outcome(panel)).toContainText(tp('panel.domains.associated', { domains: 'contoso.com' }));
  expect(await axe(page)).toEqual([]);

  // The simulator page has it all: Mina's Japanese invitation in her mailbox.
  await page.goto('/en/simulator/');
  await page.getByRole('combobox', { name: t('mailbox.address') }).selectOption('mina@contoso.com');
  await expect(page.getByRole('list', { name: 'mina@contoso.com' }).getByRole('heading').first()).toHaveText(simTranslations('ja')('mail.invitation.colleague.subject'));
});

test('signed out, a step that needs an administrator asks to sign in, in the panel', async ({ page }) => {
  const t = simTranslations('en');
  const panel = await gotoPanel(page, 'en', 'domains');
  await expect(panel.getByText(panelText('en')('panel.signInFirst'))).toBeVisible();
  await panel.getByLabel(t('signIn.email')).fill(harry);
  await panel.getByLabel(t('signIn.password')).fill(password);
  await panel.getByRole('button', { name: t('signIn.submit'), exact: true }).click();
  await expect(panel.getByRole('alert').filter({ hasText: t('error.signIn.invitationPending') })).toBeVisible();
});
