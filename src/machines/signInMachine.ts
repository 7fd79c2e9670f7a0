import { assertEvent, assign, fromPromise, setup } from 'xstate';
import { validateWorkEmail } from '../domain/email';
import { collectErrors } from '../domain/errors';
import { validatePassword } from '../domain/password';
import type { PortalApi } from '../store/portalApi';
import type { SessionView } from '../store/viewTypes';
import * as form from './form';
import { accepted, refusalOf } from './portalCall';

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

const fields: readonly string[] = ['email', 'password'];

/**
 * A work account (`validateWorkEmail`: a personal address is explained at once), and a
 * password that is not empty. The password policy is not checked here: it applies when a
 * password is created, and a sign-in form should not hint at it.
 */
export const validateSignIn: form.Validate<SignInValues> = (values) => {
  const password = validatePassword(values.password);
  return collectErrors({ email: validateWorkEmail(values.email), password: password === 'error.password.empty' ? password : undefined }) ?? {};
};

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
  guards: {
    isField: ({ event }) => {
      assertEvent(event, ['field.change', 'field.blur']);
      return fields.includes(event.field);
    },
    isComplete: ({ context }) => form.isValid(context.values, validateSignIn),
  },
  actions: {
    change: assign(({ context, event }) => {
      assertEvent(event, 'field.change');
      const values = { ...context.values, [event.field]: form.textOf(event.value) };
      return form.changed(context, values, event.field, validateSignIn);
    }),
    blur: assign(({ context, event }) => {
      assertEvent(event, 'field.blur');
      return form.blurred(context, event.field, validateSignIn);
    }),
    check: assign(({ context }) => form.checked(context, validateSignIn)),
    clearRefusal: assign(({ context }) => form.submitted(context, validateSignIn)),
  },
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
    form: {
      tags: ['editing'],
      initial: 'editing',
      on: {
        'field.change': { guard: 'isField', target: '.editing', actions: 'change' },
        'field.blur': { guard: 'isField', actions: 'blur' },
        'form.check': { actions: 'check' },
        'form.submit': { guard: 'isComplete', target: 'signingIn', actions: 'clearRefusal' },
      },
      states: { editing: {}, failed: { tags: ['failed'] } },
    },
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
