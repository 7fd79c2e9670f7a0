import { describe, expect, it } from 'vitest';
import { seedInLanguage } from '../../../src/practice/seedLanguage';
import { createSeed } from '../../../src/store/seed';
import { portalStateSchema } from '../../../src/store/documentSchema';

describe('the seed in the page language', () => {
  it('gives Harry, the agreement contact and his first invitation the page language', () => {
    let next = 0;
    const seed = seedInLanguage(createSeed({ newId: () => `id-${(next += 1)}` }), 'ja');
    expect(seed.users.map((user) => user.preferredLanguage)).toEqual(['ja']);
    expect(seed.organization.agreement.purchasingAccountAdministrator.preferredLanguage).toBe('ja');
    expect(seed.mailbox.map((message) => message.language)).toEqual(['ja']);
    expect(portalStateSchema.safeParse(seed).success).toBe(true);
  });
});
