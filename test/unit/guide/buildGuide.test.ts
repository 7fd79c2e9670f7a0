import { describe, expect, it } from 'vitest';
import { assertSectionHeadings, buildGuide } from '../../../src/guide/buildGuide';
import type { GuidePage } from '../../../src/guide/pageSchema';
import { sectionIds, type SectionId } from '../../../src/guide/sections';

/** An English page at revision 1; `translated` is a page of another locale that follows it (see translationStatus.test.ts). */
const page = (order: number, sections: SectionId[] = []): GuidePage => ({
  title: `Page ${order}`, description: 'A page of the guide.', order, sections, updated: new Date('2026-11-23'), revision: 1,
});
const translated = (order: number, sections: SectionId[] = []): GuidePage => {
  const { revision: _revision, ...data } = page(order, sections);
  return { ...data, follows: 1 };
};
/** A complete English guide: the home page holds the first section, one page the rest. */
const english = [
  { id: 'en', data: page(0, ['introduction']), entry: 'en-home' },
  { id: 'en/all', data: page(1, sectionIds.slice(1)), entry: 'en-all' },
];

describe('buildGuide', () => {
  it('gives every locale every route, falling back to English where a page is missing', () => {
    const guide = buildGuide([...english, { id: 'ja', data: translated(0, ['introduction']), entry: 'ja-home' }]);
    const ja = guide.routes.filter((route) => route.locale === 'ja');
    expect(ja.map((route) => [route.slug, route.entry, route.contentLocale])).toEqual([
      ['', 'ja-home', 'ja'],
      ['all', 'en-all', 'en'],
    ]);
    expect(guide.routes.filter((route) => route.locale === 'zh-tw')).toHaveLength(2);
  });

  it('orders routes by the pages’ order', () => {
    const guide = buildGuide([...english].reverse());
    expect(guide.routes.filter((r) => r.locale === 'en').map((r) => r.slug)).toEqual(['', 'all']);
  });

  it('knows the page that holds each section', () => {
    const { sectionPage } = buildGuide(english);
    expect(sectionPage.introduction).toBe('');
    expect(sectionPage.roles).toBe('all');
  });

  it('refuses a section that is on no page, or on two', () => {
    expect(() => buildGuide([english[0]!])).toThrow(/section "roles" is on no English page/);
    expect(() => buildGuide([...english, { id: 'en/again', data: page(2, ['roles']), entry: 'x' }])).toThrow(/"roles" is on two English pages/);
  });

  it('refuses an unknown locale, a page without an English twin, and other sections than English', () => {
    expect(() => buildGuide([...english, { id: 'fr', data: page(0), entry: 'x' }])).toThrow(/content\/fr\/: unknown locale/);
    expect(() => buildGuide([...english, { id: 'ja/extra', data: translated(3), entry: 'x' }])).toThrow(/ja\/extra\.mdx has no English twin/);
    expect(() => buildGuide([...english, { id: 'ja', data: translated(0, []), entry: 'x' }])).toThrow(/ja\/index\.mdx declares other sections/);
  });
});

describe('assertSectionHeadings', () => {
  it('passes when every declared section has a heading, and names the missing ones otherwise', () => {
    expect(() => assertSectionHeadings('p', ['roles'], ['roles', 'x'])).not.toThrow();
    expect(() => assertSectionHeadings('content/ja/roles.mdx', ['roles', 'domains'], ['roles'])).toThrow('content/ja/roles.mdx: no heading with id "domains"');
  });
});
