import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { page, sitePaths } from '../support/site';

/** Where each guide figure is, by page: the screens the guide pictures. */
const figuresByPage = {
  'get-invitation': 3, // the invitation email, the sign-in page, the resend form
  'accept-invitation': 1, // create account
  'invite-people': 2, // My profile, Invite users
  roles: 1, // the roles editor
  domains: 1,
} as const;

const interactive = ['<input', '<select', '<textarea', '<button', '<form', '<a ', 'tabindex', 'href=', ' id=', ' for=', 'role=', 'aria-live', 'contenteditable'];

describe('the guide figures in the build', () => {
  it.each(locales)('are on their pages in %s', (locale) => {
    for (const [slug, count] of Object.entries(figuresByPage)) {
      expect(page(`/${locale}/${slug}/`).querySelectorAll('figure.screen-figure'), `${locale}/${slug}`).toHaveLength(count);
    }
  });

  it('are pictures: nothing to operate, focus or announce, no id to clash with a panel', () => {
    const figures = sitePaths().flatMap((path) => page(path).querySelectorAll('figure.screen-figure').map((figure) => ({ path, html: figure.outerHTML })));
    const perLocale = Object.values(figuresByPage).reduce((sum, count) => sum + count, 0);
    expect(figures.length).toBe(locales.length * perLocale);
    for (const { path, html } of figures) for (const markup of interactive) expect(html, `${path}: ${markup}`).not.toContain(markup);
  });

  it('are searchable: no figure is left out of the search index', () => {
    for (const path of sitePaths()) {
      for (const figure of page(path).querySelectorAll('figure.screen-figure')) {
        expect(figure.closest('[data-pagefind-ignore]'), path).toBeNull();
      }
    }
  });
});
