import { describe, expect, it } from 'vitest';
import { subheadingsWithoutIds } from '../../../scripts/search-index/guideSections.mjs';

describe('what search indexes as a section', () => {
  it('keeps a subsection’s words in its section: subheadings lose their ids, sections keep theirs', () => {
    const html = '<h2 id="roles">Roles</h2><p>a</p><h3 id="who-can-give-which-role" class="x">Who can give which role</h3><p>b</p>';
    expect(subheadingsWithoutIds(html)).toBe('<h2 id="roles">Roles</h2><p>a</p><h3 class="x">Who can give which role</h3><p>b</p>');
  });
});
