import { flow, machine } from '../descriptor';
import type { invitationMachine } from './invitationMachine';

/** Opening the invitation's link and creating the account (accept-invitation). */
export default flow({
  name: 'accept-invitation',
  machines: {
    invitation: machine<typeof invitationMachine>('invitationMachine', (input) => `accept/${encodeURIComponent(String(input['token'] ?? ''))}`),
  },
  view: 'AcceptInvitation',
  screens: ['CreateAccountScreen', 'DeadLinkScreen'],
  route: {
    path: 'accept',
    param: true,
    // The link works signed in or out, as an emailed link does.
    session: 'any',
    menu: null,
    view: () => import('./AcceptInvitation').then((module) => ({ default: module.AcceptInvitationRoute })),
  },
  panel: {
    section: 'accept-invitation',
    load: () => import('./AcceptPanel'),
    need: { kind: 'invitation' },
    firstScreen: 'own',
  },
  figures: ['invitation-email', 'create-account'],
});
