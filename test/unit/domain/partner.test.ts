import { describe, expect, it } from 'vitest';
import { findAgreement, partnerChangeAdministrator, partnerChangeAdministratorEmail, partnerResend } from '../../../src/domain/commands/partner';
import { inviteUsers } from '../../../src/domain/commands/inviteUsers';
import { AGREEMENT, context, HARRY, harrySignedIn, seeded, user, withActive } from '../../fixtures/store/world';

const newAdmin = { agreementNumber: AGREEMENT, name: 'Mina Sato', email: 'mina@contoso.com', preferredLanguage: 'ja' };

describe('the partner (GUIDE-FACTS, request-resend)', () => {
  it('finds the agreement by its number', () => {
    const found = findAgreement(seeded(), ' 1234567890 ');
    expect(found.ok && found.agreement.purchasingAccountAdministrator.email).toBe(HARRY);
    expect(findAgreement(seeded(), '0000000000')).toEqual({ ok: false, errors: { form: 'error.partner.agreementNotFound' } });
    expect(findAgreement(seeded(), '12')).toEqual({ ok: false, errors: { agreementNumber: 'error.agreementNumber.format' } });
  });

  it('resends the invitation, replacing the earlier one', () => {
    const result = partnerResend(seeded(), { agreementNumber: AGREEMENT }, context());
    if (!result.ok) throw new Error('resend');
    expect(result.notice).toBe('notice.invitation.sent');
    expect(result.state.invitations.map((invitation) => [invitation.status, invitation.issuedBy.kind])).toEqual([
      ['replaced', 'microsoft'],
      ['pending', 'partner'],
    ]);
    expect(partnerResend(seeded(), { agreementNumber: '9999999999' }, context()).ok).toBe(false);
  });

  it('names a new administrator: the old pending invitation is replaced, the new one invited as Account administrator in their language', () => {
    const result = partnerChangeAdministrator(seeded(), newAdmin, context());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.state.organization.agreement.purchasingAccountAdministrator).toEqual({ name: 'Mina Sato', email: 'mina@contoso.com', preferredLanguage: 'ja' });
    expect(result.state.users.map((candidate) => [candidate.email, candidate.status, candidate.roles])).toEqual([['mina@contoso.com', 'invited', ['account-administrator']]]);
    expect(result.state.invitations.map((invitation) => [invitation.email, invitation.status])).toEqual([
      [HARRY, 'replaced'],
      ['mina@contoso.com', 'pending'],
    ]);
    expect(result.state.mailbox.at(-1)).toMatchObject({ to: 'mina@contoso.com', kind: 'invitation.purchasing-administrator', language: 'ja' });
  });

  it('keeps a registered administrator as a user when naming someone else', () => {
    const result = partnerChangeAdministrator(harrySignedIn(), newAdmin, context());
    expect(result.ok && result.state.users.map((candidate) => candidate.email)).toEqual([HARRY, 'mina@contoso.com']);
  });

  it('needs no invitation for a new administrator who already uses the portal', () => {
    const state = withActive(harrySignedIn(), 'mina@contoso.com', ['report-viewer']);
    const result = partnerChangeAdministrator(state, newAdmin, context());
    expect(result.ok && result.notice).toBe('notice.invitation.notNeeded');
    expect(result.ok && user(result.state, 'mina@contoso.com').roles).toEqual(['report-viewer']);
  });

  it('turns an invited colleague’s invitation into the registration one', () => {
    const invited = inviteUsers(harrySignedIn(), { rows: [{ email: 'mina@contoso.com', name: 'M', preferredLanguage: 'en', country: 'JP', roles: ['report-viewer'] }] }, context('i'));
    if (!invited.ok) throw new Error('invite');
    const result = partnerChangeAdministrator(invited.state, newAdmin, context());
    if (!result.ok) throw new Error('change');
    expect(user(result.state, 'mina@contoso.com')).toMatchObject({ name: 'Mina Sato', preferredLanguage: 'ja', roles: ['account-administrator', 'report-viewer'] });
    expect(result.state.invitations.filter((invitation) => invitation.email === 'mina@contoso.com').map((invitation) => [invitation.kind, invitation.status])).toEqual([
      ['colleague', 'replaced'],
      ['purchasing-administrator', 'pending'],
    ]);
  });

  it('validates the new administrator', () => {
    expect(partnerChangeAdministrator(seeded(), { agreementNumber: AGREEMENT, name: '', email: HARRY, preferredLanguage: 'xx' }, context())).toEqual({
      ok: false,
      errors: { name: 'error.name.empty', email: 'error.email.sameAsCurrent', preferredLanguage: 'error.language.unknown' },
    });
    expect(partnerChangeAdministrator(seeded(), { ...newAdmin, email: 'mina@gmail.com' }, context())).toEqual({ ok: false, errors: { email: 'error.email.personal' } });
    expect(partnerChangeAdministrator(seeded(), { ...newAdmin, agreementNumber: '1' }, context()).ok).toBe(false);
  });

  it('changes the administrator’s address, replacing the pending invitation', () => {
    const result = partnerChangeAdministratorEmail(seeded(), { agreementNumber: AGREEMENT, email: 'h.roldan@contoso.com' }, context());
    if (!result.ok) throw new Error('change');
    expect(result.state.organization.agreement.purchasingAccountAdministrator.email).toBe('h.roldan@contoso.com');
    expect(result.state.users.map((candidate) => [candidate.email, candidate.name, candidate.status])).toEqual([['h.roldan@contoso.com', 'Harry Roldan', 'invited']]);
    expect(result.state.invitations.map((invitation) => [invitation.email, invitation.status])).toEqual([
      [HARRY, 'replaced'],
      ['h.roldan@contoso.com', 'pending'],
    ]);
  });

  it('changes a registered administrator’s sign-in address without an invitation', () => {
    const state = harrySignedIn();
    const result = partnerChangeAdministratorEmail(state, { agreementNumber: AGREEMENT, email: 'h.roldan@contoso.com' }, context());
    expect(result.ok && result.notice).toBe('notice.invitation.notNeeded');
    expect(result.ok && result.state.users[0]?.email).toBe('h.roldan@contoso.com');
    expect(result.ok && result.state.mailbox).toHaveLength(state.mailbox.length);
  });

  it('invites the administrator at the new address when they had no record', () => {
    const result = partnerChangeAdministratorEmail({ ...seeded(), users: [] }, { agreementNumber: AGREEMENT, email: 'h.roldan@contoso.com' }, context());
    expect(result.ok && result.state.users[0]).toMatchObject({ email: 'h.roldan@contoso.com', status: 'invited' });
  });

  it('refuses an address in use, the same address, or a bad one', () => {
    const state = withActive(seeded(), 'mina@contoso.com', ['report-viewer']);
    const change = (email: string) => partnerChangeAdministratorEmail(state, { agreementNumber: AGREEMENT, email }, context());
    expect(change('mina@contoso.com')).toEqual({ ok: false, errors: { email: 'error.email.alreadyUser' } });
    expect(change('HARRY@contoso.com')).toEqual({ ok: false, errors: { email: 'error.email.sameAsCurrent' } });
    expect(change('nope')).toEqual({ ok: false, errors: { email: 'error.email.malformed' } });
    const invited = { ...state, users: state.users.map((candidate) => ({ ...candidate, status: 'invited' as const })) };
    expect(partnerChangeAdministratorEmail(invited, { agreementNumber: AGREEMENT, email: 'mina@contoso.com' }, context())).toEqual({ ok: false, errors: { email: 'error.email.alreadyInvited' } });
    expect(partnerChangeAdministratorEmail(state, { agreementNumber: '0000000000', email: 'a@contoso.com' }, context()).ok).toBe(false);
  });
});
