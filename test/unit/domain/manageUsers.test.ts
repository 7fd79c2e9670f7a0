import { describe, expect, it } from 'vitest';
import { changeRoles, removeUser, resendUserInvitation } from '../../../src/domain/commands/manageUsers';
import { inviteUsers } from '../../../src/domain/commands/inviteUsers';
import { activeAccountAdministrators } from '../../../src/domain/state';
import { actorWith, context, harrySignedIn, seeded, signedIn, user, withActive } from '../../fixtures/store/world';

describe('changing roles', () => {
  it('sets a user’s roles (a user may hold several)', () => {
    const state = withActive(harrySignedIn(), 'mina@contoso.com', ['account-viewer']);
    const result = changeRoles(state, { userId: 'mina@contoso.com', roles: ['report-viewer', 'account-manager', 'report-viewer'] });
    expect(result.ok && user(result.state, 'mina@contoso.com').roles).toEqual(['account-manager', 'report-viewer']);
  });

  it('needs users.manage', () => {
    expect(changeRoles(actorWith(['agreement-administrator']), { userId: 'seed-1', roles: ['account-viewer'] })).toEqual({ ok: false, errors: { form: 'error.auth.forbidden' } });
    expect(changeRoles(seeded(), { userId: 'seed-1', roles: ['account-viewer'] })).toEqual({ ok: false, errors: { form: 'error.auth.signedOut' } });
  });

  it('lets a User administrator neither grant nor take Account administrator', () => {
    const state = withActive(actorWith(['user-administrator']), 'mina@contoso.com', ['account-viewer']);
    expect(changeRoles(state, { userId: 'mina@contoso.com', roles: ['account-administrator'] })).toEqual({ ok: false, errors: { roles: 'error.roles.notAssignable' } });
    expect(changeRoles(state, { userId: 'seed-1', roles: ['account-viewer'] })).toEqual({ ok: false, errors: { roles: 'error.roles.notAssignable' } });
    // Adding another role to an Account administrator touches only that role: allowed.
    expect(changeRoles(state, { userId: 'seed-1', roles: ['account-administrator', 'report-viewer'] }).ok).toBe(true);
  });

  it('validates the selection and the user', () => {
    const state = harrySignedIn();
    expect(changeRoles(state, { userId: 'seed-1', roles: [] })).toEqual({ ok: false, errors: { roles: 'error.roles.empty' } });
    expect(changeRoles(state, { userId: 'seed-1', roles: ['root'] })).toEqual({ ok: false, errors: { roles: 'error.roles.unknown' } });
    expect(changeRoles(state, { userId: 'ghost', roles: ['account-viewer'] })).toEqual({ ok: false, errors: { form: 'error.user.unknown' } });
  });

  it('never takes Account administrator from the last active one', () => {
    const state = harrySignedIn();
    expect(changeRoles(state, { userId: 'seed-1', roles: ['account-viewer'] })).toEqual({ ok: false, errors: { form: 'error.user.lastAccountAdministrator' } });
    const two = withActive(state, 'mina@contoso.com', ['account-administrator']);
    const result = changeRoles(two, { userId: 'seed-1', roles: ['account-viewer'] });
    expect(result.ok && activeAccountAdministrators(result.state)).toBe(1);
  });

  it('does not count invited Account administrators: they may never accept', () => {
    const invited = inviteUsers(harrySignedIn(), { rows: [{ email: 'mina@contoso.com', name: 'Mina', preferredLanguage: 'ja', country: 'JP', roles: ['account-administrator'] }] }, context());
    if (!invited.ok) throw new Error('invite');
    expect(changeRoles(invited.state, { userId: 'seed-1', roles: ['user-administrator'] }).ok).toBe(false);
  });
});

describe('removing users', () => {
  it('removes a user and withdraws their invitation links', () => {
    const invited = inviteUsers(harrySignedIn(), { rows: [{ email: 'mina@contoso.com', name: 'Mina', preferredLanguage: 'ja', country: 'JP', roles: ['report-viewer'] }] }, context());
    if (!invited.ok) throw new Error('invite');
    const mina = user(invited.state, 'mina@contoso.com');
    const result = removeUser(invited.state, { userId: mina.id });
    if (!result.ok) throw new Error('remove');
    expect(result.state.users.map((candidate) => candidate.email)).toEqual(['harry@contoso.com']);
    expect(result.state.invitations.some((invitation) => invitation.email === mina.email)).toBe(false);
  });

  it('never removes the last active Account administrator, not even themselves', () => {
    expect(removeUser(harrySignedIn(), { userId: 'seed-1' })).toEqual({ ok: false, errors: { form: 'error.user.lastAccountAdministrator' } });
  });

  it('signs out someone who removes themselves', () => {
    const state = signedIn(withActive(harrySignedIn(), 'mina@contoso.com', ['account-administrator']), 'mina@contoso.com');
    const result = removeUser(state, { userId: 'mina@contoso.com' });
    expect(result.ok && result.state.session).toBeNull();
  });

  it('needs users.manage and every role of the user to be assignable', () => {
    expect(removeUser(actorWith(['report-viewer']), { userId: 'seed-1' })).toEqual({ ok: false, errors: { form: 'error.auth.forbidden' } });
    expect(removeUser(actorWith(['user-administrator']), { userId: 'seed-1' })).toEqual({ ok: false, errors: { form: 'error.roles.notAssignable' } });
    expect(removeUser(harrySignedIn(), { userId: 'ghost' })).toEqual({ ok: false, errors: { form: 'error.user.unknown' } });
  });
});

describe('resending a colleague’s invitation', () => {
  const row = { email: 'mina@contoso.com', name: 'Mina', preferredLanguage: 'ja', country: 'JP', roles: ['account-manager'] };

  it('replaces their invitation with a new one and mails it again', () => {
    const invited = inviteUsers(harrySignedIn(), { rows: [row] }, context());
    if (!invited.ok) throw new Error('invite');
    const mina = user(invited.state, 'mina@contoso.com');
    const result = resendUserInvitation(invited.state, { userId: mina.id }, context('again'));
    if (!result.ok) throw new Error('resend');
    const theirs = result.state.invitations.filter((invitation) => invitation.email === mina.email);
    expect(theirs.map((invitation) => [invitation.kind, invitation.status])).toEqual([
      ['colleague', 'replaced'],
      ['colleague', 'pending'],
    ]);
    expect(result.state.mailbox.at(-1)).toMatchObject({ to: mina.email, language: 'ja', params: { resent: 'true' } });
  });

  it('keeps the registration kind for the purchasing account administrator', () => {
    const state = withActive(harrySignedIn(), 'admin2@contoso.com', ['account-administrator']);
    const harryInvited = { ...state, users: state.users.map((candidate) => (candidate.id === 'seed-1' ? { ...candidate, status: 'invited' as const, passwordHash: null } : candidate)) };
    const result = resendUserInvitation(signedIn(harryInvited, 'admin2@contoso.com'), { userId: 'seed-1' }, context());
    expect(result.ok && result.state.invitations.at(-1)?.kind).toBe('purchasing-administrator');
  });

  it('refuses active users, unknown users, roles beyond the actor, and non-inviters', () => {
    const invited = inviteUsers(harrySignedIn(), { rows: [row] }, context());
    if (!invited.ok) throw new Error('invite');
    const minaId = user(invited.state, 'mina@contoso.com').id;
    expect(resendUserInvitation(invited.state, { userId: 'seed-1' }, context())).toEqual({ ok: false, errors: { form: 'error.email.alreadyUser' } });
    expect(resendUserInvitation(invited.state, { userId: 'ghost' }, context())).toEqual({ ok: false, errors: { form: 'error.user.unknown' } });
    const agreementAdmin = signedIn(withActive(invited.state, 'aa@contoso.com', ['agreement-administrator']), 'aa@contoso.com');
    expect(resendUserInvitation(agreementAdmin, { userId: minaId }, context())).toEqual({ ok: false, errors: { form: 'error.roles.notAssignable' } });
    const viewer = signedIn(withActive(invited.state, 'v@contoso.com', ['account-viewer']), 'v@contoso.com');
    expect(resendUserInvitation(viewer, { userId: minaId }, context())).toEqual({ ok: false, errors: { form: 'error.auth.forbidden' } });
  });
});
