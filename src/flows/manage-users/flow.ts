import { flow, machine } from '../descriptor';
import type { editRolesMachine } from './editRolesMachine';
import type { userActionsMachine } from './userActionsMachine';

/**
 * Manage users: the list, each row's Resend and Remove, and a user's roles (roles). The roles
 * editor opens from a row, and the roles panel is this screen, so they are one flow.
 */
export default flow({
  name: 'manage-users',
  machines: {
    userActions: machine<typeof userActionsMachine>('userActionsMachine', () => 'users'),
    // Show me opens Manage users, then the user's row opens the editor.
    editRoles: machine<typeof editRolesMachine>('editRolesMachine', () => 'users'),
  },
  view: 'ManageUsers',
  screens: ['ManageUsersScreen', 'EditRolesScreen'],
  route: {
    path: 'users',
    session: 'signedIn',
    permission: 'users.view',
    menu: ['portal.account', 'portal.manageAccess'],
    view: () => import('./ManageUsers').then((module) => ({ default: module.ManageUsers })),
  },
  panel: {
    section: 'roles',
    load: () => import('./RolesPanel'),
    need: { kind: 'administrator', permission: 'users.manage' },
    // The panel starts with its own role picker, not a portal screen.
    firstScreen: null,
  },
  figures: ['roles-editor'],
});
