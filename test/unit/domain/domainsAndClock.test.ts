import { describe, expect, it } from 'vitest';
import { advanceClock } from '../../../src/domain/commands/advanceClock';
import { associateDomain, removeDomain } from '../../../src/domain/commands/orgDomains';
import { actorWith, harrySignedIn, seeded } from '../../fixtures/store/world';

describe('associating domains (GUIDE-FACTS, domains)', () => {
  it('lets an Account administrator associate and remove a domain', () => {
    const added = associateDomain(harrySignedIn(), { domain: ' Contoso.com ' });
    if (!added.ok) throw new Error('add');
    expect(added.state.domains).toEqual([{ name: 'contoso.com', associatedAt: added.state.clock.now, associatedBy: 'seed-1' }]);
    expect(associateDomain(added.state, { domain: 'contoso.com' })).toEqual({ ok: false, errors: { domain: 'error.domain.duplicate' } });
    const removed = removeDomain(added.state, { domain: 'CONTOSO.COM' });
    expect(removed.ok && removed.state.domains).toEqual([]);
  });

  it('refuses bad or unknown domains', () => {
    expect(associateDomain(harrySignedIn(), { domain: '' })).toEqual({ ok: false, errors: { domain: 'error.domain.empty' } });
    expect(associateDomain(harrySignedIn(), { domain: 'gmail.com' })).toEqual({ ok: false, errors: { domain: 'error.domain.personal' } });
    expect(removeDomain(harrySignedIn(), { domain: 'fabrikam.com' })).toEqual({ ok: false, errors: { domain: 'error.domain.unknown' } });
    expect(removeDomain(harrySignedIn(), { domain: 'x' })).toEqual({ ok: false, errors: { domain: 'error.domain.malformed' } });
  });

  it('is for Account administrators only', () => {
    expect(associateDomain(actorWith(['account-manager']), { domain: 'contoso.com' })).toEqual({ ok: false, errors: { form: 'error.auth.forbidden' } });
    expect(removeDomain(actorWith(['user-administrator']), { domain: 'contoso.com' })).toEqual({ ok: false, errors: { form: 'error.auth.forbidden' } });
    expect(associateDomain(seeded(), { domain: 'contoso.com' })).toEqual({ ok: false, errors: { form: 'error.auth.signedOut' } });
  });
});

describe('advancing the clock', () => {
  it('moves forward by whole days and refuses anything else', () => {
    const state = seeded();
    const result = advanceClock(state, { days: '59' });
    expect(result.ok && result.state.clock.now).toBe('2016-12-30T09:00:00.000Z');
    expect(advanceClock(state, { days: -1 })).toEqual({ ok: false, errors: { days: 'error.days.invalid' } });
    expect(advanceClock({ ...state, clock: { ...state.clock, now: '9998-12-31T00:00:00.000Z' } }, { days: 3 })).toEqual({ ok: false, errors: { days: 'error.days.invalid' } });
  });
});
