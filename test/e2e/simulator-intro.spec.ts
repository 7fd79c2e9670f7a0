/**
 * The simulator page says whom the trainee plays before anything else: Harry, the purchasing
 * account administrator of Contoso, his address, the agreement's numbers and what to try first.
 * Hidden once, it stays hidden in this browser; a button brings it back.
 */
import { test } from '@playwright/test';
import { example } from '../../src/config/exampleData';
import { useTranslations } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';
import { practiceText, type PracticeKey } from '../../src/i18n/practice';
import { simTranslations } from '../../src/i18n/sim';
import { personaCard } from '../../src/i18n/practice/persona';
import { scenarios } from '../../src/practice/scenarios';
import { myProfile } from '../../src/practice/scenarios/myProfile';
import { expect, expectAccessible, openSimulator } from './support/simulator';

for (const locale of locales) {
  test(`${locale}: the introduction card says who Harry is, and stays hidden after a reload once hidden`, async ({ page }) => {
    const t = await openSimulator(page, locale);
    const card = page.getByRole('region', { name: t('sim.intro.heading') });
    await expect(card).toContainText(t('sim.intro.who', { name: example.adminName, organization: example.organization }));
    await expect(card).toContainText(t('sim.intro.first', { getStarted: t('mail.button') }));
    const facts: readonly (readonly [string, string])[] = [
      [t('signIn.email'), example.adminEmail],
      [t('resend.agreementNumber'), example.agreementNumber],
      [t('resend.purchasingAccountNumber'), example.purchasingAccountNumber],
    ];
    for (const [label, value] of facts) {
      await expect(card.getByRole('term').filter({ hasText: label })).toBeVisible();
      await expect(card.getByRole('definition').filter({ hasText: value })).toBeVisible();
    }
    // The way into the practice scenarios, in the page's language: the first three and the list.
    const ui = useTranslations(locale);
    const practice = card.getByRole('list', { name: ui('practiceLink.simulator.lead') });
    await expect(practice.getByRole('link')).toHaveText(scenarios.slice(0, 3).map(({ id }) => practiceText(locale, `${id}.title` as PracticeKey)));
    await expect(card.getByRole('link', { name: ui('practiceLink.simulator.all', { count: scenarios.length }) })).toHaveAttribute('href', `/${locale}/practice/`);
    // What "Get started now" names is in the mailbox beside it: the invitation is in the page's language.
    await expect(page.getByRole('link', { name: t('mail.button') })).toBeVisible();
    await expectAccessible(page);

    await card.getByRole('button', { name: t('sim.intro.hide') }).click();
    await expect(card).toHaveCount(0);
    const show = page.getByRole('button', { name: t('sim.intro.show') });
    await expect(show).toBeFocused();

    await page.reload();
    await expect(page.getByRole('heading', { name: t('signIn.heading') })).toBeVisible();
    await expect(show).toBeVisible();
    await expect(card).toHaveCount(0);

    await show.click();
    await expect(card.getByRole('heading', { name: t('sim.intro.heading') })).toBeFocused();
    await page.reload();
    await expect(card).toBeVisible();
  });
}

test('ja: a scenario chosen on the introduction card opens, and so does the list of every scenario', async ({ page }) => {
  await openSimulator(page, 'ja');
  const ui = useTranslations('ja');
  await page.getByRole('link', { name: practiceText('ja', 'wrong-details.title') }).click();
  await expect(page).toHaveURL(/\/ja\/practice\/wrong-details\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(practiceText('ja', 'wrong-details.title'));
  await page.goBack();
  await page.getByRole('link', { name: ui('practiceLink.simulator.all', { count: scenarios.length }) }).click();
  await expect(page).toHaveURL(/\/ja\/practice\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui('practice.list.title'));
});

test('zh-tw: on a scenario where the trainee is Mina, the card describes Mina and Contoso; hiding it there keeps the simulator\'s card', async ({ page }) => {
  const ui = useTranslations('zh-tw');
  const sim = simTranslations('zh-tw');
  await page.goto('/zh-tw/practice/my-profile/');
  await expect(page.getByRole('button', { name: ui('practice.startOver') })).toBeVisible();
  const card = page.getByRole('region', { name: sim('sim.intro.facts') });
  // The card describes the person the goal names: Mina, with her address (not Harry's).
  await expect(card).toContainText(personaCard('zh-tw', myProfile).about);
  await expect(card.getByRole('definition').filter({ hasText: example.agreementNumber })).toBeVisible();
  await expect(card.getByRole('definition').filter({ hasText: personaCard('zh-tw', myProfile).email })).toBeVisible();
  // Not "you play Harry", not "open his invitation": the scenario's goal says who and what.
  await expect(card).not.toContainText(sim('sim.intro.who', { name: example.adminName, organization: example.organization }));
  await expect(card).not.toContainText(sim('sim.intro.first', { getStarted: sim('mail.button') }));
  await card.getByRole('button', { name: sim('sim.intro.factsHide') }).click();
  await expect(page.getByRole('button', { name: sim('sim.intro.factsShow') })).toBeFocused();

  await openSimulator(page, 'zh-tw');
  await expect(page.getByRole('region', { name: sim('sim.intro.heading') })).toBeVisible();
});
