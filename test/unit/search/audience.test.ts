import { describe, expect, it } from 'vitest';
import { markPartnerPage } from '../../../scripts/search-index/audience.mjs';

describe('which pages the index marks as written for partners', () => {
  const ids = ['roles', 'register'];

  it('a page without any section of the guide', () => {
    const partners = '<html lang="en"><article data-pagefind-body><h1>For partners</h1><h2 id="short-links">Short links</h2></article></html>';
    expect(markPartnerPage(partners, ids)).toContain('<article data-pagefind-body data-pagefind-meta="audience:partners">');
  });

  it('never a page of the guide, nor a page search does not index', () => {
    const guide = '<article data-pagefind-body><h2 id="roles">Roles</h2></article>';
    expect(markPartnerPage(guide, ids)).toBe(guide);
    const fallback = '<article><h2 id="short-links">Short links</h2></article>';
    expect(markPartnerPage(fallback, ids)).toBe(fallback);
  });
});
