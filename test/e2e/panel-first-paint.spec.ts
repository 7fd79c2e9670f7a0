/**
 * A try-it panel paints its first screen from the page's HTML: before (or without) its code,
 * the accept-invitation panel already shows the mailbox with Harry's invitation, in the page's
 * language (the screens' and the mail's), and its controls carry the ids and names the started island gives them.
 */
import { test, type Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { locales } from '../../src/i18n/locales';
import { simTranslations } from '../../src/i18n/sim';
import { expect } from './support/simulator';
import { axe, openPanel, panelText } from './support/panels';

const panelOf = (page: Page) => page.locator('section.try-it').filter({ has: page.locator('[data-island="accept-invitation"]') });

for (const locale of locales) {
  test(`${locale}: the accept-invitation panel shows Harry's invitation before its code arrives`, async ({ page }) => {
    const t = simTranslations(locale);
    await page.route('**/_islands/**', (route) => route.abort());
    await page.goto(`/${locale}/accept-invitation/`);
    const panel = panelOf(page);
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.getByRole('heading', { name: t('mailbox.heading') })).toBeVisible();
    await expect(panel.getByRole('combobox', { name: t('mailbox.address') })).toHaveValue('harry@contoso.com');
    // Harry's message is in the page's language, as in the live panel: a store started on this page has him prefer it.
    const message = panel.getByRole('article', { name: t('mail.invitation.purchasing-administrator.subject') });
    await expect(message).toContainText(t('mailbox.to', { address: 'harry@contoso.com' }));
    // Until the code knows the learner's own invitation, its link opens the simulator's mailbox.
    await expect(message.getByRole('link', { name: t('mail.button') })).toHaveAttribute('href', `/${locale}/simulator/`);
    await expect(panel.getByText(panelText(locale)('panel.waiting'))).toHaveCount(0);
    expect(await axe(page)).toEqual([]);
  });
}

test('the first paint gives its controls the ids and names of the started panel', async ({ page, request }) => {
  const html = await (await request.get('/en/accept-invitation/')).text();
  const painted = parse(html).querySelectorAll('[data-first-paint] :is(input, select, textarea, button)').map((control) => `${control.id}|${control.getAttribute('name')}`);
  expect(painted.length).toBeGreaterThan(0);
  await page.goto('/en/accept-invitation/');
  const panel = await openPanel(page, 'en', 'accept-invitation');
  await expect(panel.getByRole('combobox', { name: simTranslations('en')('mailbox.address') })).toBeVisible();
  const started = await panel.locator('.try-it-island').locator('input, select, textarea, button').evaluateAll((controls) => controls.map((control) => `${control.id}|${control.getAttribute('name')}`));
  for (const control of painted) expect(started).toContain(control);
});
