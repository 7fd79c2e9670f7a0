// The pseudo-locale (accented, ~40% longer, bracketed English; scripts/pseudo-locale/) on a
// phone: a longer language neither widens a page nor gets cut, and what the islands draw in the
// browser (a started try-it panel, the simulator's mail, a practice scenario) is translated too.
import { expect, test, type Page } from '@playwright/test';
import { pseudoLocale } from '../../scripts/pseudo-locale/addLocale.mjs';
import { englishIn } from './english';

/** What is wider than the phone: the page itself, or an element that cuts its text off (overflow hidden or clip, an ellipsis). */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`the page is ${root.scrollWidth} px wide on a ${root.clientWidth} px screen`);
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element);
      const cuts = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      // A visually hidden text for screen readers is 1 px wide on purpose.
      if (!cuts || element.clientWidth <= 1 || !element.textContent?.trim()) continue;
      if (element.scrollWidth > element.clientWidth + 1) problems.push(`${element.tagName.toLowerCase()}.${element.className}: "${element.textContent.trim().slice(0, 60)}" cut (${element.scrollWidth} > ${element.clientWidth} px)`);
    }
    return problems;
  });
}

/** The lines of visible text in `selector` that hold English. */
async function englishShown(page: Page, selector: string): Promise<string[]> {
  const lines = (await page.locator(selector).first().innerText()).split('\n');
  return lines.filter((line) => englishIn(line).length > 0);
}

test.beforeEach(({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

test('the home page', async ({ page }) => {
  await page.goto(`/${pseudoLocale}/`);
  await expect(page.locator('h1')).toContainText('[');
  expect(await layoutProblems(page)).toEqual([]);
});

test('a guide page with its try-it panel started: the invitation mail open', async ({ page }) => {
  await page.goto(`/${pseudoLocale}/accept-invitation/#accept-invitation`);
  const panel = page.locator('section.try-it').filter({ has: page.locator('[data-island="accept-invitation"]') });
  await panel.hover();
  await expect(panel.locator('[data-island][data-started] .sim-portal')).toBeVisible();
  await expect(panel.locator('[data-first-paint]')).toHaveCount(0);
  await expect(panel.locator('.sim-message-body').first()).toBeVisible();
  expect(await englishShown(page, 'section.try-it:has([data-island="accept-invitation"])')).toEqual([]);
  expect(await layoutProblems(page)).toEqual([]);
});

test('the simulator with a mail open', async ({ page }) => {
  await page.goto(`/${pseudoLocale}/simulator/`);
  await expect(page.locator('.sim-message-body').first()).toBeVisible();
  expect(await englishShown(page, 'main')).toEqual([]);
  expect(await layoutProblems(page)).toEqual([]);
});

test('a practice scenario', async ({ page }) => {
  await page.goto(`/${pseudoLocale}/practice/accept-invitation/`);
  await expect(page.locator('.sim-portal').first()).toBeVisible();
  await expect(page.locator('[data-island="practice"] button').first()).toBeVisible();
  expect(await englishShown(page, 'main')).toEqual([]);
  expect(await layoutProblems(page)).toEqual([]);
});
