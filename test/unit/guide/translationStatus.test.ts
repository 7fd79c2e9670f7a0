import { describe, expect, it } from 'vitest';
import { buildGuide } from '../../../src/guide/buildGuide';
import type { GuidePage } from '../../../src/guide/pageSchema';
import { sectionIds } from '../../../src/guide/sections';
import { revisionProblems, translationStatus } from '../../../src/guide/translationStatus';

const updated = new Date('2026-12-05');
const earlier = new Date('2026-11-23');

describe('translationStatus: a translation against its English page', () => {
  it('is up to date when it follows the English revision', () => {
    expect(translationStatus({ revision: 2, updated }, { follows: 2, updated: earlier })).toEqual({ state: 'up-to-date', revision: 2 });
  });

  it('is behind, by how many revisions and since when, when English has moved on', () => {
    expect(translationStatus({ revision: 3, updated }, { follows: 1, updated: earlier })).toEqual({
      state: 'behind', follows: 1, revision: 3, by: 2, englishUpdated: updated,
    });
  });

  it('is missing when the locale has no page of that slug', () => {
    expect(translationStatus({ revision: 1, updated }, undefined)).toEqual({ state: 'missing', revision: 1, englishUpdated: updated });
  });
});

describe('revisionProblems: the fields the build insists on', () => {
  it('accepts an English page with a revision and a translation that follows one it has had', () => {
    expect(revisionProblems('content/en/roles.mdx', { revision: 2, updated })).toEqual([]);
    expect(revisionProblems('content/ja/roles.mdx', { follows: 1, updated }, { revision: 2, updated })).toEqual([]);
  });

  it('asks English for a revision and nothing to follow', () => {
    expect(revisionProblems('content/en/roles.mdx', { updated })).toEqual(['content/en/roles.mdx has no "revision" (English pages start at revision: 1)']);
    expect(revisionProblems('content/en/roles.mdx', { revision: 1, follows: 1, updated })[0]).toMatch(/is English and cannot follow/);
  });

  it('asks a translation to follow an English revision that exists, and to have none of its own', () => {
    expect(revisionProblems('content/ja/roles.mdx', { updated }, { revision: 2, updated })).toEqual(['content/ja/roles.mdx has no "follows" (the English revision it translates)']);
    expect(revisionProblems('content/ja/roles.mdx', { follows: 3, updated }, { revision: 2, updated })).toEqual(['content/ja/roles.mdx follows English revision 3, but English is at revision 2']);
    expect(revisionProblems('content/ja/roles.mdx', { revision: 1, follows: 1, updated }, { revision: 1, updated })[0]).toMatch(/"revision" belongs to the English page/);
  });
});

describe('buildGuide with revisions', () => {
  const page = (order: number, fields: Partial<GuidePage>): GuidePage => ({
    title: `Page ${order}`, description: 'A page of the guide.', order, sections: [], updated, ...fields,
  });
  const english = [
    { id: 'en', data: page(0, { sections: ['introduction'], revision: 1 }), entry: 'en-home' },
    { id: 'en/all', data: page(1, { sections: sectionIds.slice(1), revision: 3 }), entry: 'en-all' },
  ];

  it('gives each translated route its standing, and none to English or fallback routes', () => {
    const guide = buildGuide([...english, { id: 'ja', data: page(0, { sections: ['introduction'], follows: 1 }), entry: 'ja-home' },
      { id: 'zh-tw/all', data: page(1, { sections: sectionIds.slice(1), follows: 1 }), entry: 'zh-all' }]);
    const standing = guide.routes.map((route) => [route.locale, route.slug, route.translation?.state]);
    expect(standing).toEqual([
      ['en', '', undefined], ['en', 'all', undefined],
      ['zh-tw', '', undefined], ['zh-tw', 'all', 'behind'],
      ['ja', '', 'up-to-date'], ['ja', 'all', undefined],
    ]);
  });

  it('fails the build on a translation that follows a revision English never had', () => {
    expect(() => buildGuide([...english, { id: 'ja', data: page(0, { sections: ['introduction'], follows: 2 }), entry: 'x' }]))
      .toThrow('content/ja/index.mdx follows English revision 2, but English is at revision 1');
  });
});
