/**
 * Shared steps of the portal simulator's browser tests: opening the page, the mailbox, creating
 * Harry's account, moving the clock, and the checks every screen gets (axe, errors by field).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, type Locator, type Page } from '@playwright/test';
import type { RoleId } from '../../../src/domain/roles';
import type { Locale } from '../../../src/i18n/locales';
import { simTranslations, type SimTranslate } from '../../../src/i18n/sim';
import { harrySignedIn } from '../../support/model/scenes';
import type { World } from '../../support/model/world';
import { uiOf } from './modelPaths';
import { preparedDocument, startFrom } from './preparedStore';

/**
 * `expect` with more patience than the default 5 s: the islands hydrate and the store answers
 * asynchronously, which can take a while on a machine busy with other test runs.
 */
export const expect = baseExpect.configure({ timeout: 15_000 });

/** The seeded purchasing account administrator (fictional, Contoso). */
export const harry = 'harry@contoso.com';
export const harryName = 'Harry Roldan';
export const agreementNumber = '1234567890';
export const purchasingAccountNumber = '5012345678';
/** A password that meets the policy. */
export const password = 'Practice-Pass1';

/** The axe-core violations on the page, one line each (`[]` when there are none). */
export async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Asserts that axe-core finds nothing wrong with the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await axe(page)).toEqual([]);
}

/** The messages in the chosen mailbox, newest first. */
export const messages = (page: Page, address: string): Locator => page.getByRole('list', { name: address }).getByRole('listitem');

/** Shows the mailbox of `address` (a select names every address that received mail). */
export async function openMailbox(page: Page, t: SimTranslate, address: string): Promise<void> {
  await page.getByRole('combobox', { name: t('mailbox.address') }).selectOption(address);
}

/** Opens the simulator page in `locale`; any browser dialog fails the test. */
export async function openSimulator(page: Page, locale: Locale): Promise<SimTranslate> {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto(`/${locale}/simulator/`);
  const t = simTranslations(locale);
  await expect(page.getByRole('heading', { name: t('signIn.heading') })).toBeVisible();
  return t;
}

/**
 * The simulator in `locale` at `hash`, on a store prepared in Node (by default Harry registered
 * and signed in): his registration through the screens is the story's (simulator.spec.ts).
 */
export async function openPrepared(page: Page, locale: Locale, hash: string, scene: (world: World) => Promise<void> = harrySignedIn): Promise<SimTranslate> {
  await startFrom(uiOf(page, page.context(), locale), await preparedDocument(scene), hash);
  return simTranslations(locale);
}

/** Opens the partner console in `locale`. */
export async function openPartnerConsole(page: Page, locale: Locale): Promise<SimTranslate> {
  await page.goto(`/${locale}/simulator/partner/`);
  const t = simTranslations(locale);
  await expect(page.getByRole('button', { name: t('partner.find') })).toBeVisible();
  return t;
}

/** Opens the newest invitation in Harry's mailbox and creates his account. */
export async function acceptNewest(page: Page, locale: Locale, name?: string): Promise<void> {
  const t = simTranslations(locale);
  await messages(page, harry).first().getByRole('link', { name: t('mail.button') }).click();
  await expect(page.getByRole('heading', { name: t('accept.heading') })).toBeFocused();
  if (name !== undefined) await page.getByLabel(t('accept.name'), { exact: true }).fill(name);
  await page.getByLabel(t('accept.password'), { exact: true }).fill(password);
  await page.getByLabel(t('accept.confirmPassword'), { exact: true }).fill(password);
  await page.getByRole('button', { name: t('accept.submit') }).click();
  await expect(page.getByRole('heading', { name: t('dashboard.heading') })).toBeVisible();
}

/** Account › Manage access, from the portal's navigation. */
export async function openManageAccess(page: Page, t: SimTranslate): Promise<void> {
  await page.getByRole('link', { name: `${t('portal.account')} › ${t('portal.manageAccess')}` }).click();
  await expect(page.getByRole('heading', { name: t('users.heading') })).toBeFocused();
}

/** Manage access › Invite users. */
export async function openInviteUsers(page: Page, t: SimTranslate): Promise<void> {
  await openManageAccess(page, t);
  await page.getByRole('button', { name: t('invite.open') }).click();
  await expect(page.getByRole('heading', { name: t('invite.heading') })).toBeFocused();
}

/** Invite users' submit button (the form also has "Invite and add another"). */
export const inviteButton = (page: Page, t: SimTranslate): Locator => page.getByRole('button', { name: t('invite.submit'), exact: true });

/** A colleague to invite: fictional, at Contoso. */
export interface Colleague {
  readonly email: string;
  readonly name: string;
  readonly language?: Locale;
  readonly role: RoleId;
}

/** Fills the first row of Invite users with `colleague` and submits; the form says who was invited. */
export async function inviteColleague(page: Page, t: SimTranslate, colleague: Colleague): Promise<void> {
  await page.getByLabel(t('invite.email')).fill(colleague.email);
  await page.getByLabel(t('invite.name')).fill(colleague.name);
  if (colleague.language) await page.getByLabel(t('invite.language')).selectOption(colleague.language);
  await page.getByRole('checkbox', { name: t(`role.${colleague.role}`) }).check();
  await inviteButton(page, t).click();
  await expect(page.getByText(t('invite.done', { names: colleague.email }))).toBeVisible();
}

/** Jumps the simulated clock `days` ahead with the simulator controls. */
export async function jumpDays(page: Page, t: SimTranslate, days: number | string): Promise<void> {
  await page.getByLabel(t('controls.days')).fill(String(days));
  await page.getByRole('button', { name: t('controls.advance') }).click();
}

/** Regular expression matching `text` literally. */
export function literally(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** Asserts that `field` is marked invalid and described by the error `message` (shown next to it). */
export async function expectFieldError(field: Locator, message: string): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(literally(message));
}

/** Asserts that an alert (the form's error summary, or a field's alert) says `message`. */
export async function expectAlert(page: Page, message: string): Promise<void> {
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
}

/** Presses Tab until `target` has focus (keyboard only: no clicks). */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('could not reach the element with Tab');
}
