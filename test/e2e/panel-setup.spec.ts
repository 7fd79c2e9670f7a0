/**
 * Every try-it panel can be done by a reader who arrives at its section straight from search or
 * a partner's link, in a fresh browser: a step that needs earlier steps offers one button that
 * does them (through the portal's machines), says what it did, and leaves the step to the reader.
 */
import { test, type Locator, type Page } from '@playwright/test';
import { example } from '../../src/config/exampleData';
import { locales, type Locale } from '../../src/i18n/locales';
import { formatList, simTranslations, type SimTranslate } from '../../src/i18n/sim';
import { SETUP_PASSWORD } from '../../src/islands/panels/setup/harry';
import { STORAGE_KEY } from '../../src/store/browserPortal';
import { harrySignedIn, must, signedOut } from '../support/model/scenes';
import { axe, outcome, panelOf, panelPages, panelStarted, panelText, type Section } from './support/panels';
import { preparedDocument } from './support/preparedStore';
import { expect } from './support/simulator';

const harry = example.adminEmail;
const name = example.adminName;

/** The portal's words and the values the set-up's sentences name (as `setupWords` gives them). */
const words = (t: SimTranslate) => ({
  reset: t('controls.reset'),
  resendLink: t('signIn.resend'),
  password: SETUP_PASSWORD,
  agreementNumber: example.agreementNumber,
  purchasingAccountNumber: example.purchasingAccountNumber,
});

/** Opens the page at the section, as a link from search does, in this test's fresh browser. */
async function arrive(page: Page, locale: Locale, section: Section): Promise<Locator> {
  await page.goto(`/${locale}/${panelPages[section]}/#${section}`);
  return panelOf(page, section);
}

/** `arrive`, then the panel started by the pointer over it (its live screen, not the first paint). */
async function arriveAndStart(page: Page, locale: Locale, section: Section): Promise<Locator> {
  const panel = await arrive(page, locale, section);
  await panel.hover();
  await panelStarted(panel);
  return panel;
}

/**
 * Presses the panel's set-up button (named `label`): the button goes, a status says what it did,
 * and focus stays in the panel (on that sentence, or on the heading of the step's screen).
 */
async function setUp(panel: Locator, locale: Locale, label: 'panel.setup.register' | 'panel.setup.resend', did: string): Promise<void> {
  await panel.getByRole('button', { name: panelText(locale)(label) }).click();
  await expect(panel.getByRole('status').filter({ hasText: did })).toBeVisible();
  await expect(panel.getByRole('button', { name: panelText(locale)(label) })).toHaveCount(0);
  await expect.poll(() => panel.evaluate((section) => section.contains(document.activeElement))).toBe(true);
}

/** Harry registered (with the scenes' own password, not the set-up's) and signed out. */
const harryRegisteredSignedOut = () => preparedDocument(async (world) => {
  await harrySignedIn(world);
  await signedOut(world);
});

/** Each panel's step, done from the state its section starts in. */
const steps: Record<Section, (panel: Locator, locale: Locale) => Promise<void>> = {
  'request-resend': async (panel, locale) => {
    const t = simTranslations(locale);
    await panel.getByRole('link', { name: t('signIn.resend') }).click();
    await expect(panel.getByRole('heading', { name: t('resend.heading') })).toBeFocused();
    await panel.getByLabel(t('resend.email'), { exact: true }).fill(harry);
    await panel.getByLabel(t('resend.agreementNumber'), { exact: true }).fill(example.agreementNumber);
    await panel.getByLabel(t('resend.purchasingAccountNumber'), { exact: true }).fill(example.purchasingAccountNumber);
    await panel.getByRole('button', { name: t('resend.submit') }).click();
    await expect(outcome(panel)).toContainText(panelText(locale)('panel.mailArrived', { addresses: harry }));
  },
  'accept-invitation': async (panel, locale) => {
    const t = simTranslations(locale);
    // Harry's invitation is in the page's language: the simulator started on this page.
    const invitation = panel.getByRole('article', { name: t('mail.invitation.purchasing-administrator.subject') });
    await expect(invitation).toContainText(t('mail.greeting', { name }));
    await invitation.getByRole('link', { name: t('mail.button') }).click();
    await panel.getByLabel(t('accept.password'), { exact: true }).fill(SETUP_PASSWORD);
    await panel.getByLabel(t('accept.confirmPassword'), { exact: true }).fill(SETUP_PASSWORD);
    await panel.getByRole('button', { name: t('accept.submit') }).click();
    await expect(outcome(panel)).toContainText(panelText(locale)('panel.accept.created', { email: harry, name }));
  },
  'sign-in-address': async (panel, locale) => {
    const tp = panelText(locale);
    await panel.getByLabel(tp('panel.workAccount.field')).fill('harry@outlook.com');
    await panel.getByRole('button', { name: tp('panel.workAccount.check') }).click();
    await expect(outcome(panel)).toContainText(tp('panel.workAccount.personal', { address: 'harry@outlook.com' }));
  },
  'get-started': async (panel, locale) => {
    const t = simTranslations(locale);
    await setUp(panel, locale, 'panel.setup.register', panelText(locale)('panel.setup.did.registered', words(t)));
    await panel.getByRole('button', { name: t('portal.userMenu', { name }) }).click();
    await panel.getByRole('link', { name: t('portal.profile') }).click();
    await expect(outcome(panel)).toContainText(panelText(locale)('panel.profile.mayInvite', { name, roles: t('role.account-administrator') }));
  },
  'invite-users': async (panel, locale) => {
    const t = simTranslations(locale);
    await setUp(panel, locale, 'panel.setup.register', panelText(locale)('panel.setup.did.registered', words(t)));
    await panel.getByLabel(t('invite.email')).fill('mina@contoso.com');
    await panel.getByLabel(t('invite.name')).fill('Mina Sato');
    await panel.getByLabel(t('invite.language')).selectOption('en');
    await panel.getByRole('checkbox', { name: t('role.report-viewer') }).check();
    await panel.getByRole('button', { name: t('invite.submit'), exact: true }).click();
    // Only the reader's invitation counts as what happened, not anything the set-up did.
    await expect(outcome(panel)).toContainText(panelText(locale)('panel.mailArrived', { addresses: 'mina@contoso.com' }));
  },
  roles: async (panel, locale) => {
    const t = simTranslations(locale);
    await setUp(panel, locale, 'panel.setup.register', panelText(locale)('panel.setup.did.registered', words(t)));
    await panel.getByRole('button', { name: t('users.edit', { name }) }).click();
    await panel.getByRole('checkbox', { name: t('role.report-viewer') }).check();
    await panel.getByRole('button', { name: t('roles.save') }).click();
    const roles = formatList([t('role.account-administrator'), t('role.report-viewer')], locale);
    await expect(outcome(panel)).toContainText(panelText(locale)('panel.roles.changed', { name, roles }));
  },
  domains: async (panel, locale) => {
    const t = simTranslations(locale);
    await setUp(panel, locale, 'panel.setup.register', panelText(locale)('panel.setup.did.registered', words(t)));
    await panel.getByLabel(t('domains.field')).fill('contoso.com');
    await panel.getByRole('button', { name: t('domains.submit') }).click();
    await expect(outcome(panel)).toContainText(panelText(locale)('panel.domains.associated', { domains: 'contoso.com' }));
  },
};

for (const locale of locales) {
  for (const section of Object.keys(steps) as Section[]) {
    test(`${locale} ${section}: done from a fresh browser arriving at the section`, async ({ page }) => {
      const panel = await arriveAndStart(page, locale, section);
      await steps[section](panel, locale);
    });
  }
}

test('ja: the set-up line is there before the panel’s code, and a click on it then is done once the code arrives', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_islands/guide.js', async (route) => {
    await held;
    await route.continue();
  });
  const tp = panelText('ja');
  const panel = await arrive(page, 'ja', 'domains');
  await expect(panel.getByText(tp('panel.signInFirst'))).toBeVisible();
  await panel.getByRole('button', { name: tp('panel.setup.register') }).click();
  release();
  await panelStarted(panel);
  await expect(panel.getByRole('status').filter({ hasText: tp('panel.setup.did.registered', words(simTranslations('ja'))) })).toBeVisible();
  await expect(panel.getByRole('heading', { name: simTranslations('ja')('domains.heading'), exact: true })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('en: Harry signed out with a password of the reader’s own: the set-up leaves it, says so, and the sign-in form takes it', async ({ page }) => {
  const document = await harryRegisteredSignedOut();
  await page.addInitScript(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, document] as const);
  const t = simTranslations('en');
  const tp = panelText('en');
  const panel = await arriveAndStart(page, 'en', 'invite-users');
  await panel.getByRole('button', { name: tp('panel.setup.signIn') }).click();
  const said = panel.locator('.try-it-setup-done');
  await expect(said).toHaveText(tp('panel.setup.ownPassword', words(t)));
  // Nothing else took its place: the sentence has focus, and the sign-in form is still there.
  await expect(said).toBeFocused();
  expect(await axe(page)).toEqual([]);
  await panel.getByLabel(t('signIn.email')).fill(harry);
  await panel.getByLabel(t('signIn.password')).fill('Contoso2016!');
  await panel.getByRole('button', { name: t('signIn.submit'), exact: true }).click();
  await expect(panel.getByRole('heading', { name: t('invite.heading') })).toBeVisible();
});

test('zh-tw: Harry’s link expired: the accept panel asks for a new invitation, which then creates his account', async ({ page }) => {
  const document = await preparedDocument(async (world) => void must(await world.store.advanceClock({ days: 61 })));
  await page.addInitScript(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, document] as const);
  const t = simTranslations('zh-tw');
  const tp = panelText('zh-tw');
  const panel = await arriveAndStart(page, 'zh-tw', 'accept-invitation');
  await expect(panel.getByText(tp('panel.setup.linkDead'))).toBeVisible();
  await setUp(panel, 'zh-tw', 'panel.setup.resend', tp('panel.setup.did.resent', words(t)));
  // The prepared store was started in English: Harry's new invitation keeps his language.
  const en = simTranslations('en');
  await panel.getByRole('article', { name: en('mail.invitation.purchasing-administrator.subject') }).first().getByRole('link', { name: en('mail.button') }).click();
  await panel.getByLabel(t('accept.password'), { exact: true }).fill(SETUP_PASSWORD);
  await panel.getByLabel(t('accept.confirmPassword'), { exact: true }).fill(SETUP_PASSWORD);
  await panel.getByRole('button', { name: t('accept.submit') }).click();
  await expect(outcome(panel)).toContainText(tp('panel.accept.created', { email: harry, name }));
});
