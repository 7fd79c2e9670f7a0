import { flow, machine } from '../descriptor';
import type { resendRequestMachine } from './resendRequestMachine';

/** Asking for the invitation again (request-resend). */
export default flow({
  name: 'resend-request',
  machines: { resendRequest: machine<typeof resendRequestMachine>('resendRequestMachine', () => 'resend') },
  view: 'ResendRequest',
  screens: ['ResendScreen'],
  route: {
    path: 'resend',
    session: 'signedOut',
    menu: null,
    view: () => import('./ResendRequest').then((module) => ({ default: module.ResendRequest })),
  },
  panel: {
    section: 'request-resend',
    load: () => import('./ResendPanel'),
    need: { kind: 'signedOut' },
    firstScreen: { signInForm: 'try-resend-signin' },
  },
  figures: ['resend'],
});
