import { flow, machine } from '../descriptor';
import type { signOutMachine } from './signOutMachine';

/** Signing out, from the user menu or a panel's "signed in as" line (a hook: the menu is the portal's). */
export default flow({
  name: 'sign-out',
  machines: { signOut: machine<typeof signOutMachine>('signOutMachine', null) },
  view: 'useSignOut',
  screens: [],
  route: null,
  panel: { none: 'The guide has no sign-out step; panels offer Sign out where a step needs someone signed out.' },
  figures: [],
});
