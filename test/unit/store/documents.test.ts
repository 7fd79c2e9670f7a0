import { describe, expect, it } from 'vitest';
import { example } from '../../../src/guide/exampleData';
import { DOCUMENT_VERSION, portalStateSchema } from '../../../src/store/documentSchema';
import { migrate } from '../../../src/store/migrations';
import { MAX_DOCUMENT_LENGTH, parseDocument, serializeDocument } from '../../../src/store/parseDocument';
import { createSeed, SEED_EPOCH } from '../../../src/store/seed';
import { counter, harrySignedIn, seeded } from '../../fixtures/store/world';

describe('the seed', () => {
  it('is Contoso’s MPSA with Harry invited on day 0, from the guide’s example data', () => {
    const state = seeded();
    expect(state.organization).toMatchObject({
      name: example.organization,
      agreement: { number: '1234567890', purchasingAccountNumber: '5012345678', purchasingAccountAdministrator: { name: 'Harry Roldan', email: 'harry@contoso.com' } },
    });
    expect(state.users).toMatchObject([{ email: example.adminEmail, country: 'US', status: 'invited', roles: ['account-administrator'] }]);
    expect(state.invitations).toMatchObject([{ status: 'pending', issuedAt: SEED_EPOCH, kind: 'purchasing-administrator' }]);
    expect(state.mailbox).toMatchObject([{ to: 'harry@contoso.com', language: 'en' }]);
    expect(state.clock).toEqual({ epoch: SEED_EPOCH, now: SEED_EPOCH });
    expect(portalStateSchema.safeParse(state).success).toBe(true);
  });

  it('takes another day 0, and a new token on each reset by default', () => {
    expect(createSeed({ newId: counter(), epoch: '2025-01-06T09:00:00.000Z' }).clock.now).toBe('2025-01-06T09:00:00.000Z');
    expect(createSeed().invitations[0]?.token).not.toBe(createSeed().invitations[0]?.token);
  });
});

describe('document parsing', () => {
  it('round-trips a state', () => {
    const state = harrySignedIn();
    const parsed = parseDocument(serializeDocument(state, 7));
    expect(parsed).toEqual({ ok: true, document: { version: DOCUMENT_VERSION, revision: 7, state } });
  });

  it.each([
    ['two users with one address', (state: ReturnType<typeof seeded>) => ({ ...state, users: [...state.users, { ...state.users[0], id: 'other' }] })],
    ['an active user without a hash', (state: ReturnType<typeof seeded>) => ({ ...state, users: state.users.map((user) => ({ ...user, status: 'active' })) })],
    ['a session for an invited user', (state: ReturnType<typeof seeded>) => ({ ...state, session: { userId: 'seed-1', signedInAt: SEED_EPOCH } })],
    ['a clock before day 0', (state: ReturnType<typeof seeded>) => ({ ...state, clock: { epoch: SEED_EPOCH, now: '2016-01-01T00:00:00.000Z' } })],
    ['an unknown country', (state: ReturnType<typeof seeded>) => ({ ...state, users: state.users.map((user) => ({ ...user, country: 'EU' })) })],
    ['an address in capitals', (state: ReturnType<typeof seeded>) => ({ ...state, users: state.users.map((user) => ({ ...user, email: 'Harry@contoso.com' })) })],
    ['a duplicate pending invitation', (state: ReturnType<typeof seeded>) => ({ ...state, invitations: [...state.invitations, { ...state.invitations[0], token: 'x' }] })],
  ])('refuses a document with %s', (_, corrupt) => {
    expect(parseDocument(JSON.stringify({ version: 2, revision: 0, state: corrupt(seeded()) }))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses documents that are too long before parsing them', () => {
    expect(parseDocument('x'.repeat(MAX_DOCUMENT_LENGTH + 1))).toEqual({ ok: false, reason: 'tooLarge' });
  });
});

describe('migrations', () => {
  it('bring version 1 up to date and leave others for the schema', () => {
    const { domains: _domains, clock, ...rest } = seeded();
    const migrated = migrate({ version: 1, state: { ...rest, clock: { epoch: clock.epoch, day: 2 } } }) as { version: number; state: { clock: unknown; domains: unknown } };
    expect(migrated.version).toBe(2);
    expect(migrated.state.clock).toEqual({ epoch: clock.epoch, now: '2016-11-03T09:00:00.000Z' });
    expect(migrated.state.domains).toEqual([]);
    for (const other of [null, 'x', { version: 2 }, { version: 0 }, { version: 7 }]) expect(migrate(other)).toBe(other);
    expect(parseDocument(JSON.stringify({ version: 1, state: {} }))).toEqual({ ok: false, reason: 'invalid' });
  });
});
