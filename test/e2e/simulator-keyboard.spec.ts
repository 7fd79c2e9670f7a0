/**
 * The simulator with the keyboard alone: Tab, Shift+Tab, Enter, Space, arrow keys and typing;
 * no clicks, and no field filled without reaching it by keyboard first.
 */
import { test, type Locator, type Page } from '@playwright/test';
import type { SimTranslate } from '../../src/i18n/sim';
import { harrySignedIn } from '../support/model/scenes';
import { uiOf } from './support/modelPaths';
import { gotoPanel } from './support/panels';
import { preparedDocument, startFrom } from './support/preparedStore';
import {
  agreementNumber, expect, expectAccessible, expectAlert, expectFieldError, harry, harryName, literally, messages, openSimulator, password, purchasingAccountNumber, tabTo,
} from './support/simulator';

// axe-core runs after every step that changes the screen: slow on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** Opens Harry's newest invitation and creates his account, by keyboard. */
async function createHarrysAccount(page: Page, t: SimTranslate) {
  await tabTo(page, messages(page, harry).first().getByRole('link', { name: t('mail.button') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: t('accept.heading') })).toBeFocused();
  await tabTo(page, page.getByLabel(t('accept.password'), { exact: true }));
  await page.keyboard.type(password);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await tabTo(page, page.getByRole('button', { name: t('accept.submit') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: t('dashboard.heading') })).toBeFocused();
}

/** Moves a focused select to `value` with the arrow keys (a closed select changes as it goes). */
async function arrowTo(page: Page, select: Locator, value: string) {
  await expect(select).toBeFocused();
  for (let presses = 0; presses < 10 && (await select.inputValue()) !== value; presses++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(value);
}

test('the resend request and the account creation work with the keyboard alone', async ({ page }) => {
  const t = await openSimulator(page, 'en');
  await tabTo(page, page.getByRole('link', { name: t('signIn.resend') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: t('resend.heading') })).toBeFocused();
  await tabTo(page, page.getByLabel(t('resend.email')));
  await page.keyboard.type(harry);
  await page.keyboard.press('Tab');
  await page.keyboard.type(agreementNumber);
  await page.keyboard.press('Tab');
  await page.keyboard.type(purchasingAccountNumber);
  await page.keyboard.press('Enter');
  await expect(page.getByText(t('notice.resend.received'))).toBeVisible();

  await createHarrysAccount(page, t);
  await tabTo(page, page.getByRole('button', { name: t('portal.userMenu', { name: harryName }) }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: t('portal.profile') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: t('profile.heading') })).toBeFocused();
});

test('ja: Harry invites a colleague with the keyboard alone', async ({ page }) => {
  const t = await openSimulator(page, 'ja');
  await createHarrysAccount(page, t);

  // Account › Manage access, then Invite users.
  await tabTo(page, page.getByRole('link', { name: `${t('portal.account')} › ${t('portal.manageAccess')}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: t('users.heading') })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: t('invite.open') }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { name: t('invite.heading') })).toBeFocused();
  await expectAccessible(page);

  // A row: address, name, language (Japanese) by arrow keys, a role by Space.
  await tabTo(page, page.getByLabel(t('invite.email')));
  await page.keyboard.type('mai@contoso.com');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(t('invite.name'))).toBeFocused();
  await page.keyboard.type('Mai Tanaka');
  await page.keyboard.press('Tab');
  await arrowTo(page, page.getByLabel(t('invite.language')), 'ja');
  const viewer = page.getByRole('checkbox', { name: t('role.report-viewer') });
  await tabTo(page, viewer);
  await page.keyboard.press('Space');
  await expect(viewer).toBeChecked();
  // One step back and forth: Shift+Tab leaves the box as it was.
  await page.keyboard.press('Shift+Tab');
  await expect(viewer).not.toBeFocused();
  await tabTo(page, viewer);
  await expect(viewer).toBeChecked();

  await tabTo(page, page.getByRole('button', { name: t('invite.submit'), exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(t('invite.done', { names: 'mai@contoso.com' }))).toBeVisible();
  await expect(page.getByRole('row', { name: literally('mai@contoso.com') })).toContainText(t('role.report-viewer'));
  await expectAccessible(page);
});

test('Domains panel: Tab past the empty Domain name raises nothing; a changed field shows its error when left, every error on submit', async ({ page, context }) => {
  const ui = uiOf(page, context, 'en');
  const t = ui.t;
  await startFrom(ui, await preparedDocument(harrySignedIn), '');
  const panel = await gotoPanel(page, 'en', 'domains');
  const field = panel.getByLabel(t('domains.field'));
  const submitButton = panel.getByRole('button', { name: t('domains.submit') });
  await field.focus();
  await page.keyboard.press('Tab');
  await expect(submitButton).toBeFocused();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');

  // Typed and left: its error shows then, not while typing.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('contoso');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Tab');
  await expectFieldError(field, t('error.domain.malformed'));

  // Emptied and submitted: the field and the summary say so.
  await field.fill('');
  await submitButton.focus();
  await page.keyboard.press('Enter');
  await expectFieldError(field, t('error.domain.empty'));
  await expectAlert(page, t('form.problems'));
});
