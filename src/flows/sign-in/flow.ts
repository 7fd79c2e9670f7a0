import { flow, machine } from '../descriptor';
import type { signInMachine } from './signInMachine';

/** Signing in: the portal's first screen for anyone signed out, and every panel's until someone is. */
export default flow({
  name: 'sign-in',
  machines: { signIn: machine<typeof signInMachine>('signInMachine', () => '') },
  view: 'SignIn',
  screens: ['SignInScreen'],
  // No route of its own: the portal shows it to anyone signed out on any other route (PortalApp).
  route: null,
  panel: { none: 'Each panel that needs someone signed in shows its form (PanelFrame’s WhenSignedIn).' },
  figures: ['sign-in'],
});
