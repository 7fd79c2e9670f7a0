import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeInfo, locales } from '../../src/i18n/locales';
import { sectionIds } from '../../src/guide/sections';
import { page, sitePaths } from '../support/site';

const site = 'https://business-center-help.example';
const slugs = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'en'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, '').replace(/^index$/, ''));
const url = (locale: string, slug: string) => (slug ? `/${locale}/${slug}/` : `/${locale}/`);

describe('the built site', () => {
  it('emits every guide page in every locale', () => {
    const built = new Set(sitePaths());
    for (const locale of locales) for (const slug of slugs) expect(built, url(locale, slug)).toContain(url(locale, slug));
  });

  it.each(locales)('marks every %s page with its language', (locale) => {
    for (const slug of slugs) {
      expect(page(url(locale, slug)).querySelector('html')?.getAttribute('lang')).toBe(localeInfo[locale].lang);
    }
  });

  it.each(locales)('has a heading for every GUIDE-FACTS section in %s', (locale) => {
    const ids = new Set(slugs.flatMap((slug) => page(url(locale, slug)).querySelectorAll('h2[id]').map((h) => h.id)));
    for (const id of sectionIds) expect(ids, `${locale} #${id}`).toContain(id);
  });

  it('puts each section on the same page in every locale', () => {
    for (const slug of slugs) {
      const english = page(url('en', slug)).querySelectorAll('h2[id]').map((h) => h.id).filter((id) => (sectionIds as readonly string[]).includes(id));
      for (const locale of locales) {
        const ids = page(url(locale, slug)).querySelectorAll('h2[id]').map((h) => h.id).filter((id) => english.includes(id));
        expect(ids, `${locale}/${slug}`).toEqual(english);
      }
    }
  });

  it('gives every guide page its canonical URL and hreflang alternates with x-default', () => {
    for (const locale of locales) {
      for (const slug of slugs) {
        const head = page(url(locale, slug));
        expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}${url(locale, slug)}`);
        const alternates = Object.fromEntries(
          head.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
        );
        expect(alternates).toEqual({
          en: `${site}${url('en', slug)}`,
          'zh-TW': `${site}${url('zh-tw', slug)}`,
          ja: `${site}${url('ja', slug)}`,
          'x-default': `${site}${url('en', slug)}`,
        });
      }
    }
  });

  it('lists every guide page in the sitemap with its locale alternates', () => {
    const sitemap = page('/sitemap-0.xml').toString();
    for (const locale of locales) for (const slug of slugs) expect(sitemap).toContain(`<loc>${site}${url(locale, slug)}</loc>`);
    expect(sitemap).toContain(`hreflang="zh-TW" href="${site}/zh-tw/roles/"`);
    expect(sitemap).not.toContain('/go/');
  });

  it('has a partner short link page for every section, listing it in the three languages', () => {
    for (const id of sectionIds) {
      const links = page(`/go/${id}/`).querySelectorAll('a[data-locale]').map((a) => a.getAttribute('href'));
      expect(links).toHaveLength(3);
      for (const [index, locale] of locales.entries()) expect(links[index]).toMatch(new RegExp(`^/${locale}/[a-z-]*/?#${id}$`));
    }
  });

  it('lists the three languages on the root page without JavaScript', () => {
    const hrefs = page('/').querySelectorAll('a[data-locale]').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/en/', '/zh-tw/', '/ja/']);
  });

  it('says "page not found" in every language on the 404 page', () => {
    const langs = page('/404.html').querySelectorAll('section[lang]').map((section) => section.getAttribute('lang'));
    expect(langs).toEqual(['en', 'zh-TW', 'ja']);
  });
});
