import { flow } from '../descriptor';

/** My profile, from the user menu: who you are and what your roles let you do (get-started). */
export default flow({
  name: 'my-profile',
  // Read only: nothing to change, so no machine.
  machines: {},
  view: 'Profile',
  screens: ['ProfileScreen'],
  route: {
    path: 'profile',
    session: 'signedIn',
    // The user menu opens it.
    menu: null,
    view: () => import('./Profile').then((module) => ({ default: module.Profile })),
  },
  panel: {
    section: 'get-started',
    load: () => import('./ProfilePanel'),
    need: { kind: 'administrator', permission: null },
    firstScreen: { signInForm: 'try-profile-signin' },
  },
  figures: ['my-profile'],
});
