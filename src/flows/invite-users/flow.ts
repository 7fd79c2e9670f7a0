import { flow, machine } from '../descriptor';
import type { inviteUsersMachine } from './inviteUsersMachine';

/** Inviting people, from Manage users (invite-users). */
export default flow({
  name: 'invite-users',
  // Show me opens Manage users, whose Invite button opens this form.
  machines: { inviteUsers: machine<typeof inviteUsersMachine>('inviteUsersMachine', () => 'users') },
  view: 'InviteUsers',
  screens: ['InviteUsersScreen'],
  // No route of its own: Manage users opens it.
  route: null,
  panel: {
    section: 'invite-users',
    load: () => import('./InvitePanel'),
    need: { kind: 'administrator', permission: 'users.invite' },
    firstScreen: { signInForm: 'try-invite-signin' },
  },
  figures: ['invite-users'],
});
