import { assign, fromPromise, setup } from 'xstate';
import { validateSignInForm } from '../../domain/commands/signIn';
import type { PortalApi } from '../../store/portalApi';
import type { SessionView } from '../../store/viewTypes';
import * as form from '../../machines/form';
import { formNode, formParts } from '../../machines/formParts';
import { accepted, refusalOf } from '../../machines/portalCall';

/** The Business Center sign-in page: a work account and its password. */
export interface SignInValues {
  readonly email: string;
  readonly password: string;
}

/** What the sign-in view reads. */
export interface SignInContext extends form.FormFields<SignInValues> {
  readonly portal: PortalApi;
  /** Who is signed in (found on start, or just signed in). */
  readonly session: SessionView | null;
}

/** What the sign-in view sends (`session.end` is Sign out). */
export type SignInEvent = form.FieldEvent | { readonly type: 'form.submit' } | { readonly type: 'session.end' };

/**
 * The domain's `validateSignInForm`: a work account (a personal address is explained at once) and
 * a password that is not empty (the policy applies when a password is created).
 */
export const validateSignIn: form.Validate<SignInValues> = (values) => validateSignInForm(values) ?? {};

const parts = formParts<SignInValues, SignInContext>(['email', 'password'], () => validateSignIn);

const emptyValues: SignInValues = { email: '', password: '' };

/**
 * Sign-in (GUIDE-FACTS, `request-resend` step 2 and `sign-in-address`): `checking` asks the store
 * whether someone is already signed in; `form` → `signingIn` → `signedIn`; Sign out
 * (`session.end`) → `signingOut` → `form`. Refusals (`error.signIn.notInvited`,
 * `…invitationPending`, `…invitationExpired`, `…badCredentials`) show as `errors.form`. See README.md.
 * @example createActor(signInMachine, { input: { portal: getPortal() } }).start();
 */
export const signInMachine = setup({
  types: {
    context: {} as SignInContext,
    events: {} as SignInEvent,
    input: {} as { readonly portal: PortalApi },
  },
  actors: {
    getSession: fromPromise<SessionView | null, { portal: PortalApi }>(({ input }) => input.portal.getSession()),
    signIn: fromPromise<{ session: SessionView }, { portal: PortalApi; values: SignInValues }>(({ input }) => accepted(input.portal.signIn(input.values))),
    signOut: fromPromise<object, { portal: PortalApi }>(({ input }) => accepted(input.portal.signOut())),
  },
  guards: parts.guards,
  actions: { change: assign(parts.change), blur: assign(parts.blur), check: assign(parts.check), clearRefusal: assign(parts.clearRefusal) },
}).createMachine({
  id: 'signIn',
  context: ({ input }) => ({ portal: input.portal, session: null, ...form.freshForm(emptyValues, validateSignIn) }),
  initial: 'checking',
  states: {
    checking: {
      tags: ['busy'],
      invoke: {
        id: 'getSession',
        src: 'getSession',
        input: ({ context }) => ({ portal: context.portal }),
        onDone: [{ guard: ({ event }) => event.output !== null, target: 'signedIn', actions: assign({ session: ({ event }) => event.output }) }, { target: 'form' }],
        // Not knowing whether someone is signed in, the page offers to sign in.
        onError: { target: 'form' },
      },
    },
    form: formNode('signingIn'),
    signingIn: {
      tags: ['busy'],
      invoke: {
        id: 'signIn',
        src: 'signIn',
        input: ({ context }) => ({ portal: context.portal, values: context.values }),
        // The password is not kept once it did its job.
        onDone: { target: 'signedIn', actions: assign(({ event }) => ({ session: event.output.session, ...form.freshForm(emptyValues, validateSignIn) })) },
        onError: { target: 'form.failed', actions: assign(({ context, event }) => form.refused(context, refusalOf(event.error), validateSignIn)) },
      },
    },
    signedIn: {
      tags: ['done'],
      on: { 'session.end': { target: 'signingOut' } },
    },
    signingOut: {
      tags: ['busy'],
      invoke: {
        id: 'signOut',
        src: 'signOut',
        input: ({ context }) => ({ portal: context.portal }),
        onDone: { target: 'form', actions: assign(() => ({ session: null, ...form.freshForm(emptyValues, validateSignIn) })) },
        // Still signed in: say why, next to the sign-out button.
        onError: { target: 'signedIn', actions: assign({ errors: ({ event }) => refusalOf(event.error) }) },
      },
    },
  },
});
