import { describe, expect, it } from 'vitest';
import { sectionIds } from '../../../src/guide/sections';
import { nearestSections } from '../../../src/inline/nearestSection';

describe('nearestSections (the 404 page\u2019s suggestion for /go/<typo>/)', () => {
  it('finds the section whose id holds the word, or that the word holds', () => {
    expect(nearestSections('resend', sectionIds)).toEqual(['before-resend', 'request-resend']);
    expect(nearestSections('domain', sectionIds)).toEqual(['domains']);
    expect(nearestSections('invite-users-now', sectionIds)).toEqual(['invite-users']);
  });
  it('else the section fewest edits away, whatever the case', () => {
    expect(nearestSections('Acept-invitation', sectionIds)).toEqual(['accept-invitation']);
    expect(nearestSections('sign-in-adress', sectionIds)).toEqual(['sign-in-address']);
  });
  it('suggests nothing for a word like no section', () => {
    expect(nearestSections('xyzzy', sectionIds)).toEqual([]);
    expect(nearestSections('', sectionIds)).toEqual([]);
  });
});
