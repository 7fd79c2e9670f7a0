import { describe, expect, it, vi } from 'vitest';
import { createPbkdf2Hasher } from '../../../src/domain/passwordHash';
import { createMemoryPortal } from '../../../src/store/memoryPortal';
import { accept, latestToken, must } from '../../fixtures/store/journey';
import { AGREEMENT, counter, HARRY, PASSWORD, PURCHASING_ACCOUNT } from '../../fixtures/store/world';

const fast = createPbkdf2Hasher(1);
const portal = () => createMemoryPortal({ newId: counter(), hasher: fast });
const mina = { email: 'mina@contoso.com', name: 'Mina Sato', preferredLanguage: 'ja', country: 'JP', roles: ['report-viewer'] };

describe('memory portal: the guide’s journey', () => {
  it('takes Harry from invitation to dashboard, then Mina from invitation to sign-in', async () => {
    const api = portal();
    expect(await api.getSession()).toBeNull();
    expect(await api.signIn({ email: HARRY, password: PASSWORD })).toEqual({ ok: false, errors: { form: 'error.signIn.invitationPending' } });

    const token = await latestToken(api, HARRY);
    const opened = must(await api.openInvitation(token));
    expect(opened.invitation).toMatchObject({ email: HARRY, name: 'Harry Roldan', country: 'US', organization: 'Contoso', agreementNumber: AGREEMENT, kind: 'purchasing-administrator' });

    const accepted = must(await accept(api, HARRY, 'Harry Roldan'));
    expect(accepted.session.user).toMatchObject({ email: HARRY, status: 'active', roles: ['account-administrator'], isPurchasingAccountAdministrator: true });
    expect(accepted.session.permissions).toContain('users.invite');
    expect(JSON.stringify(accepted)).not.toMatch(/pbkdf2|Contoso2016/);

    expect(must(await api.getAgreement()).agreement).toEqual({
      organization: 'Contoso',
      agreementNumber: AGREEMENT,
      purchasingAccountNumber: PURCHASING_ACCOUNT,
      purchasingAccountAdministrator: { name: 'Harry Roldan', email: HARRY, preferredLanguage: 'en' },
      partner: { name: 'Fabrikam' },
    });

    const invited = must(await api.inviteUsers({ rows: [mina] }));
    expect(invited.invited[0]).toMatchObject({ email: 'mina@contoso.com', status: 'invited', invitation: { status: 'pending', kind: 'colleague' } });
    const [message] = await api.getMailbox('Mina@Contoso.com');
    expect(message).toMatchObject({ kind: 'invitation.colleague', language: 'ja', linkStatus: 'pending' });

    must(await api.signOut());
    must(await accept(api, 'mina@contoso.com', 'Mina Sato', 'JP'));
    must(await api.signOut());
    expect(await api.signIn({ email: 'mina@contoso.com', password: 'Wrong-password1' })).toEqual({ ok: false, errors: { form: 'error.signIn.badCredentials' } });
    const session = must(await api.signIn({ email: 'mina@contoso.com', password: PASSWORD })).session;
    expect(session).toMatchObject({ user: { name: 'Mina Sato', roles: ['report-viewer'] }, assignableRoles: [] });
    expect(await api.listUsers()).toEqual({ ok: false, errors: { form: 'error.auth.forbidden' } });
    expect((await api.getSession())?.user.email).toBe('mina@contoso.com');
  });

  it('lets the administrator ask for a resend, and marks the old link replaced in the mailbox', async () => {
    const api = portal();
    const resend = await api.requestResend({ email: HARRY, agreementNumber: AGREEMENT, purchasingAccountNumber: PURCHASING_ACCOUNT });
    expect(resend).toEqual({ ok: true, notice: 'notice.resend.received' });
    expect((await api.getMailbox(HARRY)).map((message) => message.linkStatus)).toEqual(['pending', 'replaced']);
    // Wrong details get the same answer; only the mailbox tells: nothing more arrived.
    expect(await api.requestResend({ email: HARRY, agreementNumber: AGREEMENT, purchasingAccountNumber: '5012345670' })).toEqual(resend);
    expect(await api.listMailboxes()).toEqual([{ address: HARRY, messages: 2, latestAt: '2016-11-01T09:00:00.000Z' }]);
  });

  it('lets links expire as the clock jumps', async () => {
    const api = portal();
    const token = await latestToken(api, HARRY);
    expect(must(await api.advanceClock({ days: 60 })).clock).toMatchObject({ day: 60, now: '2016-12-31T09:00:00.000Z' });
    expect(await api.openInvitation(token)).toEqual({ ok: false, errors: { form: 'error.invitation.expired' } });
    expect((await api.getMailbox(HARRY))[0]?.linkStatus).toBe('expired');
    expect((await api.getClock()).day).toBe(60);
    expect(await api.advanceClock({ days: 0 })).toEqual({ ok: false, errors: { days: 'error.days.invalid' } });
  });

  it('manages users and domains through the permission table', async () => {
    const api = portal();
    must(await accept(api, HARRY));
    const minaId = must(await api.inviteUsers({ rows: [mina] })).invited[0]?.id ?? '';
    expect(must(await api.changeRoles({ userId: minaId, roles: ['account-manager'] })).user.roles).toEqual(['account-manager']);
    expect(must(await api.resendUserInvitation({ userId: minaId })).user.invitation?.status).toBe('pending');
    expect(must(await api.associateDomain({ domain: 'contoso.com' })).domains).toEqual([{ name: 'contoso.com', associatedAt: '2016-11-01T09:00:00.000Z' }]);
    expect(must(await api.listDomains()).domains).toHaveLength(1);
    const users = must(await api.listUsers()).users;
    expect(users.map((user) => [user.email, user.canUseOnlineServices])).toEqual([
      [HARRY, true],
      ['mina@contoso.com', true],
    ]);
    expect(must(await api.removeDomain({ domain: 'contoso.com' })).domains).toEqual([]);
    must(await api.removeUser({ userId: minaId }));
    expect(must(await api.listUsers()).users).toHaveLength(1);
    expect(await api.removeUser({ userId: users[0]?.id ?? '' })).toEqual({ ok: false, errors: { form: 'error.user.lastAccountAdministrator' } });
  });

  it('serves the partner center', async () => {
    const api = portal();
    const found = must(await api.partnerFindAgreement({ agreementNumber: AGREEMENT })).agreement;
    expect(found).toMatchObject({ administratorStatus: 'invited', invitation: { status: 'pending', kind: 'purchasing-administrator' } });
    expect(await api.partnerFindAgreement({ agreementNumber: '1111111111' })).toEqual({ ok: false, errors: { form: 'error.partner.agreementNotFound' } });
    expect(must(await api.partnerResendInvitation({ agreementNumber: AGREEMENT })).notice).toBe('notice.invitation.sent');
    const moved = must(await api.partnerChangeAdministratorEmail({ agreementNumber: AGREEMENT, email: 'h.roldan@contoso.com' }));
    expect(moved.agreement.purchasingAccountAdministrator.email).toBe('h.roldan@contoso.com');
    const changed = must(await api.partnerChangeAdministrator({ agreementNumber: AGREEMENT, name: 'Mina Sato', email: 'mina@contoso.com', preferredLanguage: 'ja' }));
    expect(changed.agreement).toMatchObject({ administratorStatus: 'invited', purchasingAccountAdministrator: { email: 'mina@contoso.com' } });
    expect((await api.getMailbox('mina@contoso.com'))[0]).toMatchObject({ kind: 'invitation.purchasing-administrator', language: 'ja' });
  });
});

describe('memory portal: robustness', () => {
  it('applies one call at a time: two quick accepts of one link, one wins', async () => {
    const api = portal();
    const [first, second] = await Promise.all([accept(api, HARRY), accept(api, HARRY)]);
    expect([first.ok, second.ok]).toEqual([true, false]);
    expect(second).toEqual({ ok: false, errors: { form: 'error.invitation.used' } });
  });

  it('answers any input with errors, never an exception', async () => {
    const api = portal();
    const odd = [undefined, null, 42, 'text', [], { email: {} }];
    for (const input of odd) {
      const loose = input as never;
      for (const call of [api.signIn, api.requestResend, api.acceptInvitation, api.inviteUsers, api.changeRoles, api.removeUser, api.resendUserInvitation, api.associateDomain, api.removeDomain, api.partnerFindAgreement, api.partnerResendInvitation, api.partnerChangeAdministrator, api.partnerChangeAdministratorEmail, api.advanceClock, api.openInvitation, api.importDocument]) {
        const result = await call(loose);
        expect(result.ok).toBe(false);
      }
      expect(await api.getMailbox(loose)).toEqual([]);
    }
  });

  it('reports a bug instead of throwing it', async () => {
    const reportError = vi.fn();
    const broken = { hash: () => Promise.reject(new Error('boom')), verify: () => Promise.reject(new Error('boom')) };
    const api = createMemoryPortal({ hasher: broken, reportError });
    expect(await accept(api, HARRY)).toEqual({ ok: false, errors: { form: 'error.input.invalid' } });
    expect(reportError).toHaveBeenCalledOnce();
    expect(await api.getSession()).toBeNull(); // the queue still runs
  });

  it('tells subscribers about every change, and survives a throwing one', async () => {
    const reportError = vi.fn();
    const api = createMemoryPortal({ newId: counter(), hasher: fast, reportError });
    const heard: unknown[] = [];
    const stop = api.subscribe((change) => heard.push(change));
    api.subscribe(() => {
      throw new Error('listener');
    });
    must(await api.advanceClock({ days: 1 }));
    await api.advanceClock({ days: -1 }); // refused: no change, no news
    must(await api.signOut()); // nobody signed in: nothing changed
    stop();
    must(await api.advanceClock({ days: 1 }));
    expect(heard).toEqual([{ revision: 1, origin: 'local' }]);
    expect(reportError).toHaveBeenCalledTimes(2);
  });

  it('resets to the seed, exports, imports and reports status', async () => {
    const api = portal();
    must(await accept(api, HARRY));
    const exported = await api.exportDocument();
    must(await api.reset());
    expect(await api.getSession()).toBeNull();
    must(await api.importDocument(exported));
    expect((await api.getSession())?.user.email).toBe(HARRY);
    expect(await api.importDocument('{"version":2}')).toEqual({ ok: false, errors: { form: 'error.import.invalid' } });
    expect(await api.getStatus()).toEqual({ persistence: 'memory', recovery: 'none', revision: 3 });
    await api.acknowledgeRecovery();
  });
});
