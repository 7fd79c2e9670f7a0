import { describe, expect, it } from 'vitest';
import { isMailKind, mailKinds, mailParams } from '../../../src/domain/mailbox';
import { messageView, partnerAgreementView, sessionView, userView, userViews } from '../../../src/store/views';
import { inviteUsers } from '../../../src/domain/commands/inviteUsers';
import { context, harrySignedIn, seeded } from '../../fixtures/store/world';

describe('views', () => {
  it('say "none" when the agreement’s administrator has no user record', () => {
    const state = { ...seeded(), users: [], invitations: [] };
    expect(partnerAgreementView(state)).toMatchObject({ administratorStatus: 'none', invitation: null });
  });

  it('give a message without a link no link status, and a withdrawn link "unknown"', () => {
    const state = seeded();
    const message = state.mailbox[0];
    if (!message) throw new Error('seed mail');
    expect(messageView(state, { ...message, params: {} }).linkStatus).toBeNull();
    expect(messageView({ ...state, invitations: [] }, message).linkStatus).toBe('unknown');
  });

  it('list users with their newest invitation, as one-by-one views would', () => {
    const state = harrySignedIn();
    expect(userViews(state)).toEqual(state.users.map((user) => userView(state, user)));
    expect(JSON.stringify(sessionView(state))).not.toContain('pbkdf2');
    expect(sessionView(seeded())).toBeNull();
  });
});

describe('mail kinds', () => {
  it('name the parameters of each kind, the token first', () => {
    for (const kind of mailKinds) {
      expect(isMailKind(kind)).toBe(true);
      expect(mailParams[kind][0]).toBe('token');
    }
    expect(isMailKind('invitation.other')).toBe(false);
  });

  it('carry exactly the declared parameters', () => {
    const row = { email: 'mina@contoso.com', name: 'Mina', preferredLanguage: 'ja', country: 'JP', roles: ['report-viewer'] };
    const invited = inviteUsers(harrySignedIn(), { rows: [row] }, context());
    if (!invited.ok) throw new Error('invite');
    const state = invited.state;
    expect(new Set(state.mailbox.map((message) => message.kind))).toEqual(new Set(mailKinds));
    for (const message of state.mailbox) expect(Object.keys(message.params).sort()).toEqual([...mailParams[message.kind]].sort());
  });
});
