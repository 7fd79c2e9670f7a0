import { assign, fromPromise, setup } from 'xstate';
import type { FieldErrors } from '../../domain/errors';
import type { PortalApi } from '../../store/portalApi';
import { accepted, refusalOf } from '../../machines/portalCall';

/** What a Sign out button reads: why the last attempt was refused, if it was. */
export interface SignOutContext {
  readonly portal: PortalApi;
  readonly errors: FieldErrors;
}

/**
 * The Sign out button of the signed-in portal (user menu, a guide panel): `signedIn` →
 * `session.end` → `signingOut` → `signedOut` (final, tag `done`); a refusal (the store could
 * not save) goes back to `signedIn` with `errors.form`. A button of its own rather than
 * `signInMachine`'s `session.end`: it sits in views that never showed the sign-in form, and
 * need not ask the store who is signed in first.
 * @example const [state, send] = useMachine(signOutMachine, { input: { portal: getPortal() } }); send({ type: 'session.end' });
 */
export const signOutMachine = setup({
  types: { context: {} as SignOutContext, events: {} as { readonly type: 'session.end' }, input: {} as { readonly portal: PortalApi } },
  actors: {
    signOut: fromPromise<object, { portal: PortalApi }>(({ input }) => accepted(input.portal.signOut())),
  },
}).createMachine({
  id: 'signOut',
  context: ({ input }) => ({ portal: input.portal, errors: {} }),
  initial: 'signedIn',
  states: {
    signedIn: { on: { 'session.end': { target: 'signingOut', actions: assign({ errors: {} }) } } },
    signingOut: {
      tags: ['busy'],
      invoke: {
        id: 'signOut',
        src: 'signOut',
        input: ({ context }) => ({ portal: context.portal }),
        onDone: { target: 'signedOut' },
        onError: { target: 'signedIn', actions: assign({ errors: ({ event }) => refusalOf(event.error) }) },
      },
    },
    signedOut: { type: 'final', tags: ['done'] },
  },
});
