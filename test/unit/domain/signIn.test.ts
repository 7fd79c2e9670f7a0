import { describe, expect, it } from 'vitest';
import { advanceClock } from '../../../src/domain/commands/advanceClock';
import { checkSignIn, endSession, startSession } from '../../../src/domain/commands/signIn';
import { FAKE_HASH, HARRY, harrySignedIn, seeded, withActive } from '../../fixtures/store/world';

describe('signing in (GUIDE-FACTS, sign-in-address)', () => {
  it('needs an address and a password', () => {
    expect(checkSignIn(seeded(), { email: '', password: '' })).toEqual({ ok: false, errors: { email: 'error.email.empty', password: 'error.password.empty' } });
    expect(checkSignIn(seeded(), {})).toMatchObject({ ok: false, errors: { email: 'error.email.empty' } });
  });

  it('refuses a personal address with the work-account explanation', () => {
    expect(checkSignIn(seeded(), { email: 'harry@outlook.com', password: 'x' })).toEqual({ ok: false, errors: { email: 'error.email.personal' } });
  });

  it('tells someone never invited how to get an invitation', () => {
    expect(checkSignIn(seeded(), { email: 'nobody@contoso.com', password: 'x' })).toEqual({ ok: false, errors: { form: 'error.signIn.notInvited' } });
  });

  it('tells an invited user to accept first, or that the link expired', () => {
    const state = seeded();
    expect(checkSignIn(state, { email: HARRY, password: 'x' })).toEqual({ ok: false, errors: { form: 'error.signIn.invitationPending' } });
    const later = advanceClock(state, { days: 60 });
    if (!later.ok) throw new Error('clock');
    expect(checkSignIn(later.state, { email: HARRY, password: 'x' })).toEqual({ ok: false, errors: { form: 'error.signIn.invitationExpired' } });
  });

  it('lets only an active user through, matched case-insensitively', () => {
    const state = withActive(seeded(), 'mina@contoso.com', ['report-viewer']);
    const checked = checkSignIn(state, { email: ' Mina@Contoso.com ', password: 'x' });
    expect(checked.ok && checked.user.email).toBe('mina@contoso.com');
  });

  it('opens a session only for a user still active with the same hash', () => {
    const state = withActive(seeded(), 'mina@contoso.com', ['report-viewer']);
    const checked = checkSignIn(state, { email: 'mina@contoso.com', password: 'x' });
    if (!checked.ok) throw new Error('check');
    const started = startSession(state, checked.user);
    expect(started.ok && started.state.session?.userId).toBe('mina@contoso.com');
    expect(startSession(state, { ...checked.user, passwordHash: `${FAKE_HASH}x` })).toEqual({ ok: false, errors: { form: 'error.signIn.badCredentials' } });
    const removed = { ...state, users: state.users.filter((user) => user.email !== 'mina@contoso.com') };
    expect(startSession(removed, checked.user).ok).toBe(false);
  });

  it('signs out, signed in or not', () => {
    const state = harrySignedIn();
    expect(endSession(state).session).toBeNull();
    const out = endSession(state);
    expect(endSession(out)).toBe(out);
  });
});
