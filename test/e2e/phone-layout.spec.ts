import { expect, test, type Locator, type Page } from '@playwright/test';
import { roleIds } from '../../src/domain/roles';
import { useTranslations } from '../../src/i18n';
import { locales, type Locale } from '../../src/i18n/locales';
import { simTranslations } from '../../src/i18n/sim';
import { STORAGE_KEY } from '../../src/store/browserPortal';
import { sitePaths } from '../support/site';
import { harrySignedIn, must } from '../support/model/scenes';
import { laidOutLines } from './support/lines';
import { gotoPanel } from './support/panels';
import { preparedDocument } from './support/preparedStore';
import { axe } from './support/simulator';

test.use({ viewport: { width: 390, height: 844 } });

for (const locale of ['ja', 'zh-tw'] as const) {
  test(`${locale} on a phone: the roles table never breaks a role's name inside a word`, async ({ page }) => {
    await page.goto(`/${locale}/roles/`);
    for (const role of roleIds) {
      const name = simTranslations(locale)(`role.${role}`);
      const cell = page.getByRole('rowheader', { name, exact: true });
      const lines = await cell.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
      // One line per space-separated word at most (アカウント マネージャー may take two).
      expect(lines, name).toBeLessThanOrEqual(name.split(' ').length);
    }
  });
}

test('on a phone, the simulator’s introduction card shows Harry’s address on one line', async ({ page }) => {
  await page.goto('/ja/simulator/');
  const address = page.getByRole('definition').filter({ hasText: 'harry@contoso.com' });
  await expect(address).toHaveText('harry@contoso.com');
  const lines = await address.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
  expect(lines).toBe(1);
});

// Issue 11: a new reader on a 390×844 phone, in every language.
const t = (locale: Locale) => useTranslations(locale);
const guidePage = (locale: Locale) => `/${locale}/get-invitation/`;
/** A disclosure's summary, by what it says. */
const summary = (page: Page, text: string) => page.locator('summary').filter({ hasText: new RegExp(`^${text}`) });

/** How many rows the visible things of an element's children take. */
async function rowsOf(container: Locator): Promise<number> {
  const boxes = (await container.evaluate((element) =>
    [...element.children].map((child) => child.getBoundingClientRect()).filter((box) => box.width > 0 && box.height > 0).map((box) => ({ top: box.top, bottom: box.bottom })),
  )).sort((a, b) => a.top - b.top);
  let rows = 0;
  let bottom = -Infinity;
  for (const box of boxes) {
    if (box.top >= bottom - 2) rows += 1;
    bottom = Math.max(bottom === -Infinity || box.top >= bottom - 2 ? box.bottom : bottom, box.bottom);
  }
  return rows;
}

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => ({
    document: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    // Nothing inside needs scrolling sideways either: a table in a scrolling box counts.
    boxes: [...document.querySelectorAll<HTMLElement>('.table-wrap, .sim-table-wrap')]
      .filter((box) => box.getClientRects().length > 0 && box.scrollWidth > box.clientWidth + 1)
      .map((box) => box.className),
  }));

for (const locale of locales) {
  test(`${locale} on a phone: the article's title is on the first screen, under a two-row header and folded contents`, async ({ page }) => {
    await page.goto(guidePage(locale));
    const title = page.getByRole('heading', { level: 1 });
    expect((await title.boundingBox())?.y).toBeLessThan(200);
    expect(await rowsOf(page.getByRole('banner'))).toBeLessThanOrEqual(2);
    // The seven links are folded away; "On this page" sits folded under the title.
    await expect(page.getByRole('navigation', { name: t(locale)('nav.guide'), exact: true })).toBeHidden();
    const onThisPage = page.locator('details').filter({ has: summary(page, t(locale)('nav.toc')) });
    await expect(onThisPage).toBeVisible();
    await expect(onThisPage.getByRole('link').first()).toBeHidden();
    expect((await onThisPage.boundingBox())!.y).toBeGreaterThan((await title.boundingBox())!.y);
  });

  test(`${locale} on a phone: no page of the locale scrolls sideways`, async ({ page }) => {
    test.setTimeout(120_000);
    const paths = sitePaths().filter((path) => path.startsWith(`/${locale}/`) && path.endsWith('/'));
    for (const path of paths) {
      await page.goto(path);
      expect(await sidewaysScroll(page), path).toEqual({ document: 0, boxes: [] });
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of locales) {
    test(`${locale} on a phone: the contents and "On this page" open and close`, async ({ page }) => {
      await page.goto(guidePage(locale));
      const contents = summary(page, t(locale)('nav.contents'));
      const guideNav = page.getByRole('navigation', { name: t(locale)('nav.guide'), exact: true });
      await contents.click();
      await expect(guideNav.getByRole('link')).toHaveCount(7);
      await expect(guideNav.getByRole('link').first()).toBeVisible();
      await contents.click();
      await expect(guideNav).toBeHidden();

      const onThisPage = summary(page, t(locale)('nav.toc'));
      const toc = page.getByRole('navigation', { name: t(locale)('nav.toc'), exact: true });
      await onThisPage.click();
      await expect(toc.getByRole('link', { name: /./ }).first()).toBeVisible();
      await toc.getByRole('link').first().click();
      await expect(page).toHaveURL(/#register$/);
      await onThisPage.click();
      await expect(toc).toBeHidden();
    });
  }
});

for (const locale of locales) {
  test(`${locale} on a phone: the open contents and "On this page" have no axe violations`, async ({ page }) => {
    await page.goto(guidePage(locale));
    await summary(page, t(locale)('nav.contents')).click();
    await summary(page, t(locale)('nav.toc')).click();
    await expect(page.getByRole('navigation', { name: t(locale)('nav.toc'), exact: true })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}

/** Harry, signed in, with Mai invited as Account manager and Report viewer: two users to list. */
const twoUsers = () =>
  preparedDocument(async (world) => {
    await harrySignedIn(world);
    must(await world.store.inviteUsers({ rows: [{ email: 'mai.tanaka@contoso.com', name: 'Mai Tanaka', preferredLanguage: 'ja', country: 'JP', roles: ['account-manager', 'report-viewer'] }] }));
  });

async function openManageUsers(page: Page, locale: Locale) {
  await page.addInitScript(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, await twoUsers()] as const);
  await page.goto(`/${locale}/simulator/#/users`);
  const sim = simTranslations(locale);
  await expect(page.getByRole('rowheader', { name: 'Mai Tanaka' })).toBeVisible();
  return sim;
}

for (const locale of locales) {
  test(`${locale} on a phone: Manage users shows a card per user, nothing off the edge, no axe violations`, async ({ page }) => {
    const sim = await openManageUsers(page, locale);
    const mai = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Mai Tanaka' }) });
    // Every cell of her row is on the screen, and each role's name is on a line or two, not a character a line.
    for (const cell of await mai.getByRole('cell').all()) {
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    const [roles] = await laidOutLines(mai.getByRole('cell', { name: sim('role.account-manager') }));
    expect(roles!.length).toBeLessThanOrEqual(3);
    const resend = mai.getByRole('button', { name: sim('users.resendFor', { name: 'Mai Tanaka' }) });
    await resend.scrollIntoViewIfNeeded();
    await expect(resend).toBeInViewport({ ratio: 1 });
    expect(await sidewaysScroll(page)).toEqual({ document: 0, boxes: [] });
    expect(await axe(page)).toEqual([]);
  });
}

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const locale of locales) {
    test(`${locale}: Manage users is a table whose status never wraps`, async ({ page }) => {
      const sim = await openManageUsers(page, locale);
      await expect(page.getByRole('columnheader', { name: sim('users.status') })).toBeVisible();
      const status = page.getByRole('cell', { name: sim('users.status.invited'), exact: true });
      expect(await laidOutLines(status)).toEqual([[sim('users.status.invited')]]);
    });
  }
});

/** Marks that may not start a line in Chinese or Japanese (line-break: strict). */
const noLineStart = /^[ー、。，．）」』〕・：；？！ぁぃぅぇぉっゃゅょァィゥェォッャュョ]/u;
const punctuation = /[\p{P}\s]/gu;

for (const locale of ['ja', 'zh-tw'] as const) {
  test(`${locale} on a phone: no line starts with ー or a closing mark, and no last line holds one character alone`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of sitePaths().filter((p) => p.startsWith(`/${locale}/`) && !p.includes('/practice/') && p.endsWith('/'))) {
      await page.goto(path);
      const blocks = await laidOutLines(page.locator('main :is(p, li, h1, h2, h3, td, th, dd, dt, figcaption):visible:not(:has(p, li, div))'));
      for (const lines of blocks) {
        expect(lines.slice(1).filter((line) => noLineStart.test(line)), `${path}: ${lines.join(' / ')}`).toEqual([]);
        if (lines.length > 1) expect(lines.at(-1)!.replace(punctuation, '').length, `${path}: ${lines.join(' / ')}`).toBeGreaterThan(1);
      }
    }
  });
}

/** How many boxes (borders on both sides) hold `element`, up to and with the try-it panel's frame. */
const boxesAround = (element: Locator) =>
  element.evaluate((node) => {
    let boxes = 0;
    for (let at: Element | null = node; at && at.closest('.try-it'); at = at.parentElement) {
      const style = getComputedStyle(at);
      if (parseFloat(style.borderLeftWidth) > 0 && parseFloat(style.borderRightWidth) > 0 && style.borderLeftStyle !== 'none') boxes += 1;
    }
    return boxes;
  });

/** Whether a select shows its chosen option's whole text (a select never wraps): its text fits beside the arrow. */
const showsWholeOption = (select: Locator) =>
  select.evaluate((element: HTMLSelectElement) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font;
    const text = context.measureText(element.selectedOptions[0]?.text ?? '').width;
    // About 20 px of the box is the drop-down arrow.
    return text + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 20 <= element.clientWidth;
  });

for (const locale of ['ja', 'zh-tw'] as const) {
  test(`${locale} on a phone: the try-it panel's mail is one box deep, uses the width, shows the whole mailbox and keeps the date whole`, async ({ page }) => {
    const panel = await gotoPanel(page, locale, 'accept-invitation');
    const body = panel.locator('.sim-message-body').first();
    const greeting = body.locator('p').first();
    await expect(greeting).toBeVisible();
    // The panel's frame, and nothing framed inside it around the mail.
    expect.soft(await boxesAround(greeting)).toBe(1);
    expect.soft((await greeting.boundingBox())!.width).toBeGreaterThanOrEqual(300);
    expect.soft(await showsWholeOption(panel.getByRole('combobox'))).toBe(true);
    const expiry = body.locator('p').filter({ hasText: '2016年12月31日' });
    expect.soft((await laidOutLines(expiry))[0]!.some((line) => line.includes('2016年12月31日'))).toBe(true);
  });
}
