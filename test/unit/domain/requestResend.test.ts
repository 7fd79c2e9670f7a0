import { describe, expect, it } from 'vitest';
import { requestResend } from '../../../src/domain/commands/requestResend';
import { AGREEMENT, context, HARRY, harrySignedIn, PURCHASING_ACCOUNT, seeded } from '../../fixtures/store/world';

const valid = { email: HARRY, agreementNumber: AGREEMENT, purchasingAccountNumber: PURCHASING_ACCOUNT };

describe('asking for the invitation again (GUIDE-FACTS, request-resend)', () => {
  it('resends when all three fields match, replacing the earlier invitation', () => {
    const state = seeded();
    const result = requestResend(state, { email: ' HARRY@contoso.com', agreementNumber: '１２３４５６７８９０', purchasingAccountNumber: PURCHASING_ACCOUNT }, context());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.notice).toBe('notice.resend.received');
    expect(result.state.invitations.map((invitation) => invitation.status)).toEqual(['replaced', 'pending']);
    const message = result.state.mailbox.at(-1);
    expect(message).toMatchObject({ to: HARRY, kind: 'invitation.purchasing-administrator', language: 'en', params: { resent: 'true', agreementNumber: AGREEMENT } });
    expect(message?.params['token']).toBe(result.state.invitations[1]?.token);
  });

  it.each([
    ['address', { ...valid, email: 'mina@contoso.com' }],
    ['agreement number', { ...valid, agreementNumber: '1234567891' }],
    ['purchasing account number', { ...valid, purchasingAccountNumber: '5012345679' }],
    ['all three', { email: 'x@fabrikam.com', agreementNumber: '0000000000', purchasingAccountNumber: '0000000000' }],
  ])('answers as it does to a match whatever differs (%s), no error, and sends nothing', (_, input) => {
    const state = seeded();
    expect(requestResend(state, input, context())).toEqual({ ok: true, state, notice: 'notice.resend.received' });
  });

  it('reports format errors by field before comparing anything', () => {
    expect(requestResend(seeded(), { email: 'harry@', agreementNumber: '123', purchasingAccountNumber: '' }, context())).toEqual({
      ok: false,
      errors: { email: 'error.email.malformed', agreementNumber: 'error.agreementNumber.format', purchasingAccountNumber: 'error.purchasingAccountNumber.empty' },
    });
  });

  it('sends nothing to an administrator who already registered, and says no more than to anyone else', () => {
    const state = harrySignedIn();
    expect(requestResend(state, valid, context())).toEqual({ ok: true, state, notice: 'notice.resend.received' });
  });

  it('re-creates the administrator as an invited Account administrator if their record was removed', () => {
    const state = { ...seeded(), users: [], invitations: [] };
    const result = requestResend(state, valid, context());
    if (!result.ok) throw new Error('resend');
    expect(result.state.users).toMatchObject([{ email: HARRY, status: 'invited', roles: ['account-administrator'], country: null }]);
  });

  it('adds Account administrator to an invited administrator who lost it', () => {
    const base = seeded();
    const state = { ...base, users: base.users.map((user) => ({ ...user, roles: ['report-viewer' as const] })) };
    const result = requestResend(state, valid, context());
    expect(result.ok && result.state.users[0]?.roles).toEqual(['account-administrator', 'report-viewer']);
  });
});
