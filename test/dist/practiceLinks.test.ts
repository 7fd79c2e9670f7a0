/**
 * Links into practice, as the build wrote them: a short link per scenario that offers it in every
 * language, the partners page's table of those short links, each try-it panel's links to its
 * section's scenarios, and the simulator's introduction card (whose links live in a data
 * attribute, where the link checker does not look).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { practiceText, type PracticeKey } from '../../src/i18n/practice';
import { localeInfo, locales } from '../../src/i18n/locales';
import { parseScenarioLinks } from '../../src/islands/parts/scenarioLinks';
import { scenarios } from '../../src/practice/scenarios';
import { fileFor, page, sitePaths } from '../support/site';

const site = 'https://business-center-help.example';
const title = (locale: (typeof locales)[number], id: string) => practiceText(locale, `${id}.title` as PracticeKey);
const text = (html: string) => html.replace(/\s+/g, ' ').trim();

describe('links into practice', () => {
  it('has a short link page for every scenario, offering it in the three languages, each under its own title', () => {
    for (const { id } of scenarios) {
      const links = page(`/go/practice/${id}/`).querySelectorAll('a[data-locale]');
      expect(links.map((a) => a.getAttribute('href')), id).toEqual(locales.map((locale) => `/${locale}/practice/${id}/`));
      for (const [index, locale] of locales.entries()) {
        expect(text(links[index]?.text ?? ''), `${id} ${locale}`).toBe(title(locale, id));
        expect(links[index]?.parentNode?.getAttribute('lang')).toBe(localeInfo[locale].lang);
      }
      expect(page(`/go/practice/${id}/`).querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    }
  });

  it('builds no short link for a scenario that does not exist', () => {
    const built = sitePaths().filter((path) => path.startsWith('/go/practice/'));
    expect(built.sort()).toEqual(scenarios.map(({ id }) => `/go/practice/${id}/`).sort());
  });

  it.each(locales)('lists every scenario on the %s partners page: its page, its guide section and its short link', (locale) => {
    const rows = page(`/${locale}/partners/`).querySelectorAll('table.practice-links tbody tr');
    expect(rows).toHaveLength(scenarios.length);
    for (const [index, scenario] of scenarios.entries()) {
      const row = rows[index];
      const [scenarioLink, sectionLink] = row?.querySelectorAll('th a') ?? [];
      expect(scenarioLink?.getAttribute('href')).toBe(`/${locale}/practice/${scenario.id}/`);
      expect(text(scenarioLink?.text ?? '')).toBe(title(locale, scenario.id));
      expect(sectionLink?.getAttribute('href')).toMatch(new RegExp(`^/${locale}/[a-z-]*/?#${scenario.section}$`));
      expect(row?.querySelector('code')?.text).toBe(`${site}/go/practice/${scenario.id}/`);
    }
  });

  it('links each try-it panel to the scenarios of its section, in the page\'s language, and to no other', () => {
    let panels = 0;
    for (const path of sitePaths().filter((candidate) => /^\/(en|zh-tw|ja)\//.test(candidate))) {
      const locale = path.split('/')[1] as (typeof locales)[number];
      for (const panel of page(path).querySelectorAll('section.try-it')) {
        const section = panel.querySelector('[data-island]')?.getAttribute('data-island') ?? '';
        const expected = scenarios.filter((scenario) => scenario.section === section);
        const linked = panel.querySelectorAll('.try-it-practice a');
        expect(linked.map((a) => a.getAttribute('href')), `${path} ${section}`).toEqual(expected.map(({ id }) => `/${locale}/practice/${id}/`));
        expect(linked.map((a) => text(a.text))).toEqual(expected.map(({ id }) => title(locale, id)));
        panels += 1;
      }
    }
    // Seven panels in each of the three languages: the check found them all.
    expect(panels).toBe(21);
  });

  it('separates the English panel footer\'s words from its one scenario\'s title by a space ("scenario: Associate…", not "scenario:Associate…")', () => {
    const footer = page('/en/domains/').querySelector('p.try-it-practice');
    expect(footer?.text.replace(/\s+/g, ' ')).toBe(`Practise it as a scenario: ${title('en', 'associate-domain')}`);
  });

  it.each(locales)('gives the %s simulator\'s introduction card links to scenarios and to the list that exist', (locale) => {
    const links = parseScenarioLinks(page(`/${locale}/simulator/`).querySelector('[data-scenario-links]')?.getAttribute('data-scenario-links'));
    expect(links?.scenarios.map(({ title: shown }) => shown)).toEqual(scenarios.slice(0, 3).map(({ id }) => title(locale, id)));
    expect(links?.all.href).toBe(`/${locale}/practice/`);
    for (const href of [...(links?.scenarios.map((link) => link.href) ?? []), links?.all.href ?? '']) expect(existsSync(fileFor(href)), href).toBe(true);
    // The partner center's page has no introduction card.
    expect(page(`/${locale}/simulator/partner/`).querySelector('[data-scenario-links]')).toBeNull();
  });
});
