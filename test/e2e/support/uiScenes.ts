import { expect, type Page } from '@playwright/test';
import { AGREEMENT, HARRY, PASSWORD, PURCHASING_ACCOUNT } from '../../support/model/scenes';
import type { Ui } from './modelPaths';

/**
 * What a learner does in the portal simulator, step by step through its UI, to set a scene up:
 * open a mailbox's link, create an account, ask for the invitation again, move the clock.
 */

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The messages in a mailbox (newest first). */
export const messages = (page: Page, address: string) => page.getByRole('list', { name: address }).getByRole('listitem');

/** Any browser dialog (alert, confirm) fails the test: the simulator asks nothing that way. */
export function failOnDialog(page: Page): void {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
}

/** A fresh simulator (every test has its own browser context, hence its own localStorage). */
export async function openSimulator({ page, locale, t }: Ui): Promise<void> {
  failOnDialog(page);
  await page.goto(`/${locale}/simulator/`);
  await expect(page.getByRole('heading', { name: t('signIn.heading') })).toBeVisible();
}

/** Shows `address`'s mailbox and opens the link of its message `nth` (0: the newest). */
export async function openMailLink({ page, t }: Ui, address: string, nth = 0): Promise<void> {
  const mailbox = page.getByRole('combobox', { name: t('mailbox.address') });
  if ((await mailbox.inputValue()) !== address) await mailbox.selectOption(address);
  await messages(page, address).nth(nth).getByRole('link').click();
  await expect(page.getByRole('heading', { name: t('accept.heading') }).or(page.getByRole('heading', { name: t('accept.deadHeading') }))).toBeFocused();
}

/** On an open accept form: a password, then Start (which accepts the terms); lands on the dashboard. */
export async function createAccount({ page, t }: Ui): Promise<void> {
  await page.getByLabel(t('accept.password'), { exact: true }).fill(PASSWORD);
  await page.getByLabel(t('accept.confirmPassword'), { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: t('accept.submit') }).click();
  await expect(page.getByRole('heading', { name: t('dashboard.heading') })).toBeFocused();
}

/** Harry creates his account from his newest invitation (he is then signed in). */
export async function harryRegisters(ui: Ui): Promise<void> {
  await openMailLink(ui, HARRY);
  await createAccount(ui);
}

/** The simulator's clock jumps `days` ahead. */
export async function advanceClock({ page, t }: Ui, days: number): Promise<void> {
  await page.getByLabel(t('controls.days')).fill(String(days));
  await page.getByRole('button', { name: t('controls.advance') }).click();
  // "The date is now {date}.": whatever the date, the confirmation shows.
  const [before = '', after = ''] = t('controls.advanced', { date: '\u0000' }).split('\u0000');
  await expect(page.getByText(new RegExp(`${escapeRegExp(before)}.+${escapeRegExp(after)}`))).toBeVisible();
}

/** Signed out: "Didn't receive an invitation email?" with Harry's details sends a new invitation. */
export async function requestResend({ page, t }: Ui): Promise<void> {
  await page.getByRole('link', { name: t('signIn.resend') }).click();
  await page.getByLabel(t('resend.email')).fill(HARRY);
  await page.getByLabel(t('resend.agreementNumber')).fill(AGREEMENT);
  await page.getByLabel(t('resend.purchasingAccountNumber')).fill(PURCHASING_ACCOUNT);
  await page.getByRole('button', { name: t('resend.submit') }).click();
  await expect(page.getByText(t('notice.resend.received'))).toBeVisible();
}

/** Signed in: Account › Manage access, then Invite users. */
export async function openInviteUsers({ page, t }: Ui): Promise<void> {
  await page.getByRole('link', { name: `${t('portal.account')} › ${t('portal.manageAccess')}` }).click();
  await expect(page.getByRole('heading', { name: t('users.heading') })).toBeFocused();
  await page.getByRole('button', { name: t('invite.open') }).click();
  await expect(page.getByRole('heading', { name: t('invite.heading') })).toBeFocused();
}

export interface Invitee {
  readonly email: string;
  readonly name: string;
  readonly language: string;
  readonly country: string;
  readonly role: string;
}

/** On an open Invite users form: one person, Invite, and the confirmation. */
export async function inviteOne({ page, t }: Ui, invitee: Invitee): Promise<void> {
  await page.getByLabel(t('invite.email')).fill(invitee.email);
  await page.getByLabel(t('invite.name'), { exact: true }).fill(invitee.name);
  await page.getByLabel(t('invite.language')).selectOption(invitee.language);
  await page.getByLabel(t('invite.country')).selectOption(invitee.country);
  await page.getByRole('checkbox', { name: t(`role.${invitee.role}` as Parameters<Ui['t']>[0]), exact: true }).check();
  await page.getByRole('button', { name: t('invite.submit'), exact: true }).click();
  await expect(page.getByRole('button', { name: t('invite.again') })).toBeVisible();
}

export async function signOut({ page, t }: Ui, name: string): Promise<void> {
  await page.getByRole('button', { name: t('portal.userMenu', { name }) }).click();
  await page.getByRole('button', { name: t('portal.signOut') }).click();
  await expect(page.getByRole('heading', { name: t('signIn.heading') })).toBeVisible();
}

/** Another tab of the same simulator (same localStorage), at `hash`; closed by the caller. */
export async function otherTab(ui: Ui, hash: string): Promise<Ui> {
  const page = await ui.context.newPage();
  await page.goto(`/${ui.locale}/simulator/${hash}`);
  return { ...ui, page };
}


/** A dictionary line with one `{name}` left open: matches it whatever the name. */
export function withAnyName(t: Ui['t'], key: 'portal.userMenu' | 'roles.legend'): RegExp {
  const [before = '', after = ''] = t(key, { name: '\u0000' }).split('\u0000');
  return new RegExp(`^${escapeRegExp(before)}.+${escapeRegExp(after)}$`);
}

/** The signed-in portal's user menu button (whoever is signed in). */
export const userMenu = ({ page, t }: Ui) => page.getByRole('button', { name: withAnyName(t, 'portal.userMenu') });

/** Signed in: the user menu, then Sign out (whoever is signed in; what follows is the caller's to check). */
export async function signOutFromMenu(ui: Ui): Promise<void> {
  await userMenu(ui).click();
  await ui.page.getByRole('button', { name: ui.t('portal.signOut') }).click();
}
