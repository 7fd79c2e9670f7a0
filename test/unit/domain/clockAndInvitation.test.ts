import { describe, expect, it } from 'vitest';
import { addDays, advance, CLOCK_LIMIT, dayOf, parseDays, validateDays } from '../../../src/domain/clock';
import { expiresAt, INVITATION_LIFETIME_DAYS, invitationStatus, registrationStatus, tokenError, type Invitation } from '../../../src/domain/invitation';

const day0 = '2016-11-01T09:00:00.000Z';
const invitation: Invitation = {
  token: 't',
  email: 'harry@contoso.com',
  roles: ['account-administrator'],
  kind: 'purchasing-administrator',
  issuedAt: day0,
  issuedBy: { kind: 'microsoft' },
  status: 'pending',
  acceptedAt: null,
};

describe('simulated clock', () => {
  it('counts whole days from day 0', () => {
    expect(addDays(day0, 60)).toBe('2016-12-31T09:00:00.000Z');
    expect(dayOf({ epoch: day0, now: addDays(day0, 59) })).toBe(59);
    expect(dayOf({ epoch: day0, now: day0 })).toBe(0);
  });

  it('accepts jumps of 1 to 3650 whole days, typed or numeric', () => {
    expect(parseDays(1)).toBe(1);
    expect(parseDays(' 60 ')).toBe(60);
    expect(parseDays(3650)).toBe(3650);
    for (const bad of [0, -1, 1.5, 3651, '1e3', '', '60 days', null, Number.NaN, Infinity]) expect(validateDays(bad)).toBe('error.days.invalid');
    expect(validateDays(59)).toBeUndefined();
  });

  it('never runs past year 9999', () => {
    expect(advance({ epoch: day0, now: day0 }, 2)).toEqual({ epoch: day0, now: addDays(day0, 2) });
    expect(advance({ epoch: day0, now: addDays(CLOCK_LIMIT, -1) }, 2)).toBeUndefined();
  });
});

describe('invitation expiry and status', () => {
  it('expires 60 days after it was issued', () => {
    expect(INVITATION_LIFETIME_DAYS).toBe(60);
    expect(expiresAt(invitation)).toBe(addDays(day0, 60));
  });

  it('works through day 59 and never on day 60', () => {
    expect(invitationStatus(invitation, addDays(day0, 59))).toBe('pending');
    expect(tokenError(invitation, addDays(day0, 59))).toBeUndefined();
    expect(invitationStatus(invitation, addDays(day0, 60))).toBe('expired');
    expect(tokenError(invitation, addDays(day0, 60))).toBe('error.invitation.expired');
  });

  it('works once, and not after being replaced', () => {
    expect(tokenError({ ...invitation, status: 'accepted', acceptedAt: day0 }, day0)).toBe('error.invitation.used');
    expect(tokenError({ ...invitation, status: 'replaced' }, day0)).toBe('error.invitation.replaced');
    expect(invitationStatus({ ...invitation, status: 'replaced' }, addDays(day0, 90))).toBe('replaced');
    expect(tokenError(undefined, day0)).toBe('error.invitation.unknown');
  });
});

describe('registration status, as Manage users shows it', () => {
  it('is expired for an invited user once their newest invitation expired, invited before, active once registered', () => {
    expect(registrationStatus('invited', invitation, addDays(day0, 59))).toBe('invited');
    expect(registrationStatus('invited', invitation, addDays(day0, 60))).toBe('expired');
    expect(registrationStatus('invited', { ...invitation, issuedAt: addDays(day0, 30) }, addDays(day0, 60))).toBe('invited');
    expect(registrationStatus('invited', undefined, addDays(day0, 90))).toBe('invited');
    expect(registrationStatus('active', invitation, addDays(day0, 90))).toBe('active');
  });
});
