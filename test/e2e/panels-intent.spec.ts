import { expect, test, type Locator, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';
import { practiceText } from '../../src/i18n/practice';
import { simTranslations } from '../../src/i18n/sim';
import { harry, outcome, panelOf, panelPages, panelStarted, panelText, type Section } from './support/panels';

const t = simTranslations('en');
const tp = panelText('en');

/**
 * Holds the panels' module until `release()`: the window between the reader's first move and
 * the panel's code arriving, made long enough to act in.
 */
async function holdPanelCode(page: Page): Promise<{ requested: Promise<void>; release: () => void }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested = () => {};
  const asked = new Promise<void>((resolve) => (requested = resolve));
  await page.route('**/_islands/guide.js', async (route) => {
    requested();
    await released;
    await route.continue();
  });
  return { requested: asked, release };
}

/**
 * The panel's first screen in its static markup, as the build writes it: the live screen's HTML,
 * copied from the same panel started in another tab of the same (empty) practice data.
 */
async function withStaticFirstScreen(page: Page, section: Section): Promise<Locator> {
  const other = await page.context().newPage();
  await other.goto(`/en/${panelPages[section]}/`);
  const live = panelOf(other, section);
  await live.hover();
  await panelStarted(live);
  const html = await live.locator('[data-island]').innerHTML();
  await other.close();
  await page.goto(`/en/${panelPages[section]}/`);
  await page.locator(`[data-island="${section}"]`).evaluate((island, markup) => (island.innerHTML = markup), html);
  return panelOf(page, section);
}

test('the pointer over a panel starts it, and it works', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/domains/');
  const panel = panelOf(page, 'domains');
  await panel.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await panel.hover();
  await panelStarted(panel);
  expect(scripts).toContain('/_islands/guide.js');
  await panel.getByRole('button', { name: t('signIn.submit'), exact: true }).click();
  await expect(panel.getByRole('textbox', { name: t('signIn.email') })).toHaveAttribute('aria-invalid', 'true');
});

test('Tab into a panel starts it, and focus stays where the reader put it', async ({ page }) => {
  const panel = await withStaticFirstScreen(page, 'roles');
  // Focus on the last stop before the panel, then one Tab into it, as a keyboard reader goes.
  await panel.evaluate((section) => {
    const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')];
    stops.filter((stop) => stop.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)?.focus();
  });
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => {
    const active = document.activeElement;
    return { inIsland: !!active?.closest('[data-island]'), id: active?.id, text: active?.textContent?.trim() };
  });
  const before = await focused();
  expect(before.inIsland).toBe(true);
  await panelStarted(panel);
  // The live panel draws some controls once the store has answered (the set-up's button): focus follows them there.
  await expect.poll(focused).toEqual(before);
});

test('a reader outside the panel keeps focus when it starts', async ({ page }) => {
  await page.goto('/en/domains/');
  await page.getByRole('main').focus();
  const panel = panelOf(page, 'domains');
  await panel.hover();
  await panelStarted(panel);
  await expect(page.getByRole('main')).toBeFocused();
});

test('text typed and a click made while the panel’s code loads are kept: the click acts once, on the live panel', async ({ page }) => {
  const code = await holdPanelCode(page);
  const panel = await withStaticFirstScreen(page, 'sign-in-address');
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  const submits = await page.evaluateHandle(() => {
    const count = { value: 0 };
    document.addEventListener('submit', () => (count.value += 1));
    return count;
  });
  await panel.getByLabel(tp('panel.workAccount.field')).fill(harry);
  await code.requested;
  await panel.getByRole('button', { name: tp('panel.workAccount.check') }).click();
  // Still loading: the static form did not submit itself.
  expect(await submits.evaluate((count) => count.value)).toBe(0);
  code.release();
  await panelStarted(panel);
  await expect(outcome(panel)).toContainText(tp('panel.workAccount.work', { address: harry }));
  await expect(panel.getByLabel(tp('panel.workAccount.field'))).toHaveValue(harry);
  await expect(panel.getByRole('button', { name: tp('panel.workAccount.check') })).toBeFocused();
  expect(await submits.evaluate((count) => count.value)).toBe(1);
  expect(navigations).toBe(0);
});

test('text typed into the first screen the page painted stays there when the panel starts, with the focus', async ({ page }) => {
  const code = await holdPanelCode(page);
  await page.goto('/en/domains/');
  const panel = panelOf(page, 'domains');
  // The sign-in form is in the page's HTML before any code: the reader can start at once.
  await expect(panel.locator('[data-first-paint]').getByRole('textbox', { name: t('signIn.email') })).toBeVisible();
  const email = panel.getByRole('textbox', { name: t('signIn.email') });
  await email.click();
  await page.keyboard.type('harry@');
  await code.requested;
  code.release();
  await panelStarted(panel);
  await expect(email).toHaveValue('harry@');
  await expect(email).toBeFocused();
  // The reader goes on typing in the live field.
  await page.keyboard.type('contoso.com');
  await expect(email).toHaveValue(harry);
});

test('ja: the link clicked on the painted sign-in page while the code loads opens the resend form, once', async ({ page }) => {
  const ja = simTranslations('ja');
  const code = await holdPanelCode(page);
  await page.goto('/ja/get-invitation/');
  const panel = panelOf(page, 'request-resend');
  await panel.locator('[data-first-paint]').getByRole('link', { name: ja('signIn.resend') }).click();
  await code.requested;
  // Held: the page did not follow the link to the simulator page.
  expect(new URL(page.url()).pathname).toBe('/ja/get-invitation/');
  code.release();
  await panelStarted(panel);
  await expect(panel.getByRole('heading', { name: ja('resend.heading') })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/ja/get-invitation/');
});

test('ja: a scenario link under a panel opens the scenario at the first click, though the click also wakes the panel', async ({ page }) => {
  const code = await holdPanelCode(page);
  await page.goto('/ja/roles/');
  const panel = panelOf(page, 'roles');
  const scenarios = panel.getByRole('list', { name: useTranslations('ja')('practiceLink.tryIt') });
  // The roles section has three scenarios; the panel names each in the page's language.
  await expect(scenarios.getByRole('link')).toHaveText([
    practiceText('ja', 'least-role-reports.title'),
    practiceText('ja', 'cannot-assign.title'),
    practiceText('ja', 'remove-user.title'),
  ]);
  await scenarios.getByRole('link', { name: practiceText('ja', 'remove-user.title') }).click();
  // Not held for the panel's code (only its screen's clicks are): the reader is on the scenario.
  await expect(page).toHaveURL(/\/ja\/practice\/remove-user\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(practiceText('ja', 'remove-user.title'));
  code.release();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('a tap wakes the panel; what is typed and the tap on its button while the code loads carry over', async ({ page }) => {
    const code = await holdPanelCode(page);
    const panel = await withStaticFirstScreen(page, 'sign-in-address');
    const field = panel.getByLabel(tp('panel.workAccount.field'));
    await field.tap();
    await code.requested;
    await page.keyboard.type('Harry@Outlook.com');
    await panel.getByRole('button', { name: tp('panel.workAccount.check') }).tap();
    code.release();
    await panelStarted(panel);
    await expect(outcome(panel)).toContainText(tp('panel.workAccount.personal', { address: 'harry@outlook.com' }));
  });
});

test('a panel whose code cannot load says so in its place', async ({ page }) => {
  await page.route('**/_islands/guide.js', (route) => route.abort());
  await page.goto('/en/domains/');
  const panel = panelOf(page, 'domains');
  await panel.hover();
  await expect(panel.getByRole('alert')).toHaveText(t('sim.loadFailed'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of locales) {
    test(`${locale}: a panel and the simulator page say in one line that practice needs JavaScript`, async ({ page }) => {
      await page.goto(`/${locale}/${panelPages.domains}/`);
      const panel = panelOf(page, 'domains');
      await expect(panel.getByText(panelText(locale)('panel.noscript'))).toBeVisible();
      await expect(panel.getByText(panelText(locale)('panel.waiting'))).toBeHidden();
      // No dead form to type a password into: the painted sign-in page is not shown.
      await expect(panel.getByRole('textbox')).toHaveCount(0);
      // Its scenario link still leads on: the scenario's page says the same about JavaScript.
      await expect(panel.getByRole('link', { name: practiceText(locale, 'associate-domain.title') })).toHaveAttribute('href', `/${locale}/practice/associate-domain/`);
      await page.goto(`/${locale}/simulator/`);
      await expect(page.getByText(simTranslations(locale)('sim.noscript'))).toBeVisible();
      await expect(page.getByText(simTranslations(locale)('sim.loading'))).toBeHidden();
    });
  }
});
