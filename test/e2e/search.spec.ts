import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { addSectionSynonyms } from '../../scripts/search-index/sectionSynonyms.mjs';
import { sectionIds } from '../../src/guide/sections';
import { spelledGlossary } from '../../src/i18n/glossary';
import { useTranslations } from '../../src/i18n';
import { langOf, locales, type Locale } from '../../src/i18n/locales';
import { queryWords } from '../../src/search/searchWords';
import { synonymsClose, synonymsOpen } from '../../src/search/synonymMarks';
import { readerQueries, searchQueries } from '../support/queries';
import { escape, linksForEach, openSearch, results, resultsStatus, search } from '../support/searchDialog';
import { page as builtPage, fileFor, sitePaths } from '../support/site';

for (const locale of locales) {
  test(`search in ${locale} finds the expected section in the top 3 results for at least 95% of the queries`, async ({ page }) => {
    test.setTimeout(180_000);
    const queries = searchQueries(locale);
    expect(queries.length).toBeGreaterThanOrEqual(40);
    await page.goto(`/${locale}/`);
    await openSearch(page, locale);
    const shown = await linksForEach(page, locale, queries.map(({ query }) => query));
    const misses: string[] = [];
    for (const [index, { query, section }] of queries.entries()) {
      const top = (shown[index] ?? []).slice(0, 3).map((href) => href.split('#')[1] ?? '(page)');
      if (!top.includes(section)) misses.push(`${query} -> expected #${section}, got ${top.map(decodeURIComponent).join(', ') || 'nothing'}`);
    }
    const found = queries.length - misses.length;
    console.log(`${locale}: top-3 recall ${((100 * found) / queries.length).toFixed(1)}% (${found}/${queries.length})${misses.map((miss) => `\n  miss: ${miss}`).join('')}`);
    expect(found / queries.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
}

test('at least half of the readers’ queries in each language use a word that no page of that language contains', () => {
  for (const locale of locales) {
    const text = sitePaths()
      .filter((path) => path.startsWith(`/${locale}/`))
      .map((path) => {
        const body = builtPage(path).querySelector('body');
        for (const code of body?.querySelectorAll('script, style') ?? []) code.remove();
        return body?.text ?? '';
      })
      .join(' ')
      .toLocaleLowerCase();
    const queries = readerQueries(locale);
    expect(queries.length).toBeGreaterThanOrEqual(25);
    // The words as search cuts them: a Chinese or Japanese query of several words counts each one.
    const absent = queries.filter(({ query }) => queryWords(query, langOf(locale)).some((word) => !text.includes(word.toLocaleLowerCase())));
    console.log(`${locale}: ${absent.length} of ${queries.length} reader queries use a word no page contains`);
    expect(absent.length * 2).toBeGreaterThanOrEqual(queries.length);
  }
});

const synonymQueries: Record<Locale, { query: string; section: string }> = {
  en: { query: 'junk mail', section: 'not-the-admin' },
  'zh-tw': { query: '廣告信', section: 'not-the-admin' },
  ja: { query: 'スパム', section: 'not-the-admin' },
};

for (const locale of locales) {
  test(`a synonym the ${locale} pages never use finds the sections that use its term, and no excerpt shows it`, async ({ page }) => {
    const { query, section } = synonymQueries[locale];
    // The sections the index gave this synonym, by the same glossary and build step.
    const given = sitePaths()
      .filter((path) => path.startsWith(`/${locale}/`))
      .flatMap((path) => addSectionSynonyms(readFileSync(fileFor(path), 'utf8'), spelledGlossary(locale), sectionIds).added)
      .filter(({ synonyms }) => synonyms.includes(query))
      .map(({ id }) => id);
    expect(given).toContain(section);
    await page.goto(`/${locale}/roles/`);
    await openSearch(page, locale);
    await search(page, locale, query);
    const shown = await results(page).evaluateAll((links) => links.map((link) => decodeURIComponent(link.getAttribute('href') ?? '').split('#')[1]));
    expect(shown.toSorted()).toEqual(given.toSorted());
    for (const text of await results(page).allTextContents()) {
      expect(text).not.toContain(query);
      expect(text).not.toMatch(new RegExp(`[${synonymsOpen}${synonymsClose}]`));
    }
  });
}

const partialQueries: Record<Locale, string> = { en: 'resend', 'zh-tw': '網域', ja: 'ドメイン' };

for (const locale of locales) {
  test(`a ${locale} query with a word the site does not contain shows the sections with the others, and says which word was not found`, async ({ page }) => {
    const t = useTranslations(locale);
    const known = partialQueries[locale];
    await page.goto(`/${locale}/`);
    await openSearch(page, locale);
    await page.getByRole('searchbox').fill(`${known} xylophone`);
    await expect(page.getByRole('status')).toHaveText(t('search.partial', { found: known, missing: 'xylophone' }));
    await expect(results(page).first()).toBeVisible();
  });
}

test('reopening search selects the previous query with its results, on the same page and the next one', async ({ page }) => {
  const box = page.getByRole('searchbox');
  const selection = () => box.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]);
  await page.goto('/en/');
  await openSearch(page, 'en');
  await box.fill('junk mail');
  await expect(results(page).first()).toHaveAttribute('href', /#not-the-admin$/);
  await page.keyboard.press('Escape');
  await openSearch(page, 'en');
  await expect(box).toHaveValue('junk mail');
  expect(await selection()).toEqual([0, 'junk mail'.length]);
  await expect(results(page).first()).toHaveAttribute('href', /#not-the-admin$/);
  // A result opens another page: search opens there on the same query and its results.
  await results(page).first().click();
  await expect(page).toHaveURL(/\/en\/get-invitation\/#not-the-admin$/);
  await openSearch(page, 'en');
  await expect(box).toHaveValue('junk mail');
  expect(await selection()).toEqual([0, 'junk mail'.length]);
  await expect(results(page).first()).toHaveAttribute('href', /#not-the-admin$/);
  await expect(page.getByRole('status')).toHaveText(resultsStatus('en'));
  // Typing replaces the selected query.
  await page.keyboard.type('domain');
  await expect(box).toHaveValue('domain');
  await expect(results(page).first()).toHaveAttribute('href', /#domains$/);
});

test('search code loads only when search opens, and a result opens its section', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/en/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await openSearch(page, 'en');
  await expect.poll(() => scripts).toContain('/_search/client.js');
  await page.getByRole('searchbox').fill('purchasing account number');
  const first = results(page).first();
  await expect(first).toHaveAttribute('href', /#[a-z-]+$/);
  const href = (await first.getAttribute('href')) ?? '';
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${escape(href)}$`));
  await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport();
});

test('the keyboard opens and closes search, and focus returns to where it was', async ({ page }) => {
  await page.goto('/ja/roles/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('ドメイン');
  await expect(results(page).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('banner').getByRole('button', { name: useTranslations('ja')('search.open') }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('banner').getByRole('button', { name: useTranslations('ja')('search.open') })).toBeFocused();
});

test('a query with no match says so', async ({ page }) => {
  await page.goto('/en/');
  await openSearch(page, 'en');
  await page.getByRole('searchbox').fill('xylophone');
  await expect(page.getByRole('status')).toHaveText(useTranslations('en')('search.none', { query: 'xylophone' }));
});
