import { expect, test } from '@playwright/test';
import { simTranslations } from '../../src/i18n/sim';
import { panelOf, panelPages, panelStarted, type Section } from '../e2e/support/panels';
import { panelRunsOnPreact, simulatorFormRunsOnPreact } from '../e2e/support/runtime';

const t = simTranslations('en');

// The dev server compiles each page and module on its first request: allow for it.
test.describe.configure({ timeout: 90_000 });

test('astro dev: the simulator page starts its portal, mailbox and controls', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/en/simulator/');
  await expect(page.getByRole('heading', { name: t('signIn.heading') })).toBeVisible();
  await expect(page.getByRole('combobox', { name: t('mailbox.address') })).toBeVisible();
  await expect(page.getByText(t('sim.loadFailed'))).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('astro dev: the partner center starts its console', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/en/simulator/partner/');
  await expect(page.getByRole('heading', { name: t('partner.heading') })).toBeVisible();
  await expect(page.getByText(t('sim.loadFailed'))).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('astro dev: every guide panel starts when the reader points at it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const [section, slug] of Object.entries(panelPages) as [Section, string][]) {
    await page.goto(`/en/${slug}/`);
    const panel = panelOf(page, section);
    await panel.hover();
    await panelStarted(panel);
    await expect(panel.getByText(t('sim.loadFailed')), section).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

// The same checks run against the build (test/e2e/runtime.spec.ts): one runtime in both.
test('astro dev: a guide panel starts on Preact, never React DOM', async ({ page }) => {
  await panelRunsOnPreact(page);
});

test('astro dev: the simulator form answers on Preact, never React DOM', async ({ page }) => {
  await simulatorFormRunsOnPreact(page);
});
