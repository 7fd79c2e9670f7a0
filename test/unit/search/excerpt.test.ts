// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { decodeEntities, renderExcerpt } from '../../../src/search/excerpt';

const html = (fragment: DocumentFragment) => {
  const div = document.createElement('div');
  div.append(fragment);
  return div.innerHTML;
};

describe('search excerpts', () => {
  it('keeps the highlights', () => {
    expect(html(renderExcerpt('the <mark>invitation</mark> link'))).toBe('the <mark>invitation</mark> link');
  });

  it('shows any other markup as text, so nothing from the index runs', () => {
    const rendered = html(renderExcerpt('&lt;img src=x onerror=alert(1)&gt; <b>bold</b>'));
    expect(rendered).toBe('&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;bold&lt;/b&gt;');
  });

  it('decodes the entities Pagefind writes', () => {
    expect(decodeEntities('a &amp; b &quot;c&quot; &#39;d&#39; &unknown;')).toBe(`a & b "c" 'd' &unknown;`);
  });
});
