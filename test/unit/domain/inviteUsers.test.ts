import { describe, expect, it } from 'vitest';
import { inviteUsers, MAX_INVITE_ROWS, statusIn, validateInviteRows } from '../../../src/domain/commands/inviteUsers';
import { roleIds } from '../../../src/domain/roles';
import type { RoleId } from '../../../src/domain/roles';
import { actorWith, context, harrySignedIn, seeded, withActive } from '../../fixtures/store/world';

const mina = { email: 'mina@contoso.com', name: 'Mina Sato', preferredLanguage: 'ja', country: 'JP', roles: ['report-viewer'] };

describe('inviting users (GUIDE-FACTS, invite-users)', () => {
  it('invites each row as an invited user and mails them in their own language', () => {
    const state = harrySignedIn();
    const rows = [mina, { ...mina, email: 'lee@contoso.com', name: 'Lee', preferredLanguage: 'zh-tw', country: 'TW', roles: ['account-viewer', 'account-manager'] }];
    const result = inviteUsers(state, { rows }, context());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.invited.map((user) => [user.email, user.status, user.roles])).toEqual([
      ['mina@contoso.com', 'invited', ['report-viewer']],
      ['lee@contoso.com', 'invited', ['account-manager', 'account-viewer']],
    ]);
    const messages = result.state.mailbox.slice(-2);
    expect(messages.map((message) => [message.to, message.kind, message.language])).toEqual([
      ['mina@contoso.com', 'invitation.colleague', 'ja'],
      ['lee@contoso.com', 'invitation.colleague', 'zh-tw'],
    ]);
    expect(messages[1]?.params).toMatchObject({ inviterName: 'Harry Roldan', roles: 'account-manager,account-viewer', organization: 'Contoso', resent: 'false' });
    expect(result.state.invitations.at(-1)).toMatchObject({ email: 'lee@contoso.com', kind: 'colleague', status: 'pending', issuedBy: { kind: 'user', userId: 'seed-1' } });
  });

  it.each<[RoleId, boolean]>([
    ['account-administrator', true],
    ['user-administrator', true],
    ['agreement-administrator', true],
    ['account-manager', false],
    ['report-viewer', false],
    ['account-viewer', false],
  ])('lets a %s invite: %s', (role, allowed) => {
    const result = inviteUsers(actorWith([role]), { rows: [{ ...mina, roles: ['account-viewer'] }] }, context());
    expect(result.ok ? 'ok' : result.errors.form).toBe(allowed ? 'ok' : 'error.auth.forbidden');
  });

  it('needs someone signed in', () => {
    expect(inviteUsers(seeded(), { rows: [mina] }, context())).toEqual({ ok: false, errors: { form: 'error.auth.signedOut' } });
  });

  it('refuses roles the inviter may not assign', () => {
    const result = inviteUsers(actorWith(['user-administrator']), { rows: [{ ...mina, roles: ['account-administrator'] }] }, context());
    expect(result).toEqual({ ok: false, errors: { 'rows.0.roles': 'error.roles.notAssignable' } });
    const agreementAdmin = inviteUsers(actorWith(['agreement-administrator']), { rows: [{ ...mina, roles: ['account-manager'] }] }, context());
    expect(agreementAdmin).toEqual({ ok: false, errors: { 'rows.0.roles': 'error.roles.notAssignable' } });
  });

  it('reports every error of every row, by row and field, and invites nobody', () => {
    const state = withActive(seeded(), 'active@contoso.com', ['account-viewer']); // Harry still invited
    const rows = [
      mina,
      { ...mina, name: '' },
      { email: 'harry@contoso.com', name: 'H', preferredLanguage: 'fr', country: 'ZZ', roles: [] },
      { email: 'active@contoso.com', name: 'A', preferredLanguage: '', country: '', roles: ['owner'] },
      { email: 'me@gmail.com', name: 'x'.repeat(101), preferredLanguage: 'en', country: 'US', roles: ['account-viewer'] },
    ];
    expect(validateInviteRows(statusIn(state), roleIds, rows)).toEqual({
      ok: false,
      errors: {
        'rows.1.email': 'error.email.duplicateRow',
        'rows.1.name': 'error.name.empty',
        'rows.2.email': 'error.email.alreadyInvited',
        'rows.2.preferredLanguage': 'error.language.unknown',
        'rows.2.country': 'error.country.unknown',
        'rows.2.roles': 'error.roles.empty',
        'rows.3.email': 'error.email.alreadyUser',
        'rows.3.preferredLanguage': 'error.language.empty',
        'rows.3.country': 'error.country.empty',
        'rows.3.roles': 'error.roles.unknown',
        'rows.4.email': 'error.email.personal',
        'rows.4.name': 'error.name.tooLong',
      },
    });
  });

  it('skips blank rows but not an all-blank form', () => {
    const state = harrySignedIn();
    const blank = { email: ' ', name: '', preferredLanguage: 'en', country: 'US', roles: [] };
    const result = validateInviteRows(statusIn(state), roleIds, [blank, mina, null, 'row']);
    expect(result.ok && result.users.map((user) => user.email)).toEqual(['mina@contoso.com']);
    expect(validateInviteRows(statusIn(state), roleIds, [blank])).toEqual({ ok: false, errors: { form: 'error.rows.empty' } });
    expect(validateInviteRows(statusIn(state), roleIds, [])).toEqual({ ok: false, errors: { form: 'error.rows.empty' } });
  });

  it('refuses a missing or oversized list', () => {
    const state = harrySignedIn();
    expect(validateInviteRows(statusIn(state), roleIds, 'rows')).toEqual({ ok: false, errors: { form: 'error.input.invalid' } });
    const many = Array.from({ length: MAX_INVITE_ROWS + 1 }, (_, index) => ({ ...mina, email: `u${index}@contoso.com` }));
    expect(validateInviteRows(statusIn(state), roleIds, many)).toEqual({ ok: false, errors: { form: 'error.rows.tooMany' } });
  });
});
