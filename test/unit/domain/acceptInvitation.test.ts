import { describe, expect, it } from 'vitest';
import { acceptInvitation, openInvitation, validateAcceptForm } from '../../../src/domain/commands/acceptInvitation';
import { advanceClock } from '../../../src/domain/commands/advanceClock';
import { requestResend } from '../../../src/domain/commands/requestResend';
import type { PortalState } from '../../../src/domain/state';
import { AGREEMENT, context, FAKE_HASH, HARRY, PASSWORD, PURCHASING_ACCOUNT, seeded } from '../../fixtures/store/world';

const form = { name: 'Harry Roldan', password: PASSWORD, confirmPassword: PASSWORD, country: 'US' };
const tokenOf = (state: PortalState, index = 0) => state.invitations[index]?.token ?? '';
const later = (state: PortalState, days: number) => {
  const result = advanceClock(state, { days });
  if (!result.ok) throw new Error('clock');
  return result.state;
};

describe('accepting an invitation (GUIDE-FACTS, accept-invitation)', () => {
  it('shows who is invited: the address is fixed by the invitation', () => {
    const state = seeded();
    const opened = openInvitation(state, tokenOf(state));
    expect(opened.ok && opened.user.email).toBe(HARRY);
  });

  it('activates the user, stores only a hash, uses the link up and signs them in', () => {
    const state = seeded();
    const result = acceptInvitation(state, { ...form, token: tokenOf(state), name: ' Harry R. ', country: 'jp' }, FAKE_HASH);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.state.users[0]).toMatchObject({ name: 'Harry R.', country: 'JP', status: 'active', passwordHash: FAKE_HASH, activatedAt: state.clock.now });
    expect(JSON.stringify(result.state)).not.toContain(PASSWORD);
    expect(result.state.invitations[0]).toMatchObject({ status: 'accepted', acceptedAt: state.clock.now });
    expect(result.state.session?.userId).toBe(result.user.id);
  });

  it('works once only', () => {
    const state = seeded();
    const first = acceptInvitation(state, { ...form, token: tokenOf(state) }, FAKE_HASH);
    if (!first.ok) throw new Error('accept');
    expect(acceptInvitation(first.state, { ...form, token: tokenOf(state) }, FAKE_HASH)).toEqual({ ok: false, errors: { form: 'error.invitation.used' } });
  });

  it('works on day 59, never on day 60', () => {
    const state = seeded();
    expect(acceptInvitation(later(state, 59), { ...form, token: tokenOf(state) }, FAKE_HASH).ok).toBe(true);
    expect(acceptInvitation(later(state, 60), { ...form, token: tokenOf(state) }, FAKE_HASH)).toEqual({ ok: false, errors: { form: 'error.invitation.expired' } });
  });

  it('refuses a replaced link, and takes the newer one', () => {
    const state = seeded();
    const resent = requestResend(state, { email: HARRY, agreementNumber: AGREEMENT, purchasingAccountNumber: PURCHASING_ACCOUNT }, context());
    if (!resent.ok) throw new Error('resend');
    expect(acceptInvitation(resent.state, { ...form, token: tokenOf(state) }, FAKE_HASH)).toEqual({ ok: false, errors: { form: 'error.invitation.replaced' } });
    expect(acceptInvitation(resent.state, { ...form, token: tokenOf(resent.state, 1) }, FAKE_HASH).ok).toBe(true);
  });

  it('refuses unknown links and odd tokens', () => {
    for (const token of ['nope', '', undefined, 42]) {
      expect(acceptInvitation(seeded(), { ...form, token }, FAKE_HASH)).toEqual({ ok: false, errors: { form: 'error.invitation.unknown' } });
    }
  });

  it('answers "unknown" rather than crashing when the invited user is missing', () => {
    const state = { ...seeded(), users: [] };
    expect(openInvitation(state, tokenOf(state))).toEqual({ ok: false, errors: { form: 'error.invitation.unknown' } });
  });

  it('reports every field of the form', () => {
    expect(validateAcceptForm({ name: '', password: 'short', confirmPassword: 'other', country: 'XX' })).toEqual({
      name: 'error.name.empty',
      password: 'error.password.tooShort',
      confirmPassword: 'error.confirmPassword.mismatch',
      country: 'error.country.unknown',
    });
    expect(validateAcceptForm(form)).toBeUndefined();
  });

  it('needs no tick box for the terms: choosing Start accepts them, as the portal says beside it', () => {
    const state = seeded();
    const result = acceptInvitation(state, { ...form, token: tokenOf(state) }, FAKE_HASH);
    expect(result.ok && result.user.status).toBe('active');
  });
});
