import { assign, fromPromise, setup } from 'xstate';
import { validateAcceptForm } from '../../domain/commands/acceptInvitation';
import type { ErrorKey } from '../../domain/errors';
import type { PortalApi } from '../../store/portalApi';
import type { InvitationView, SessionView } from '../../store/viewTypes';
import * as form from '../../machines/form';
import { formNode, formParts } from '../../machines/formParts';
import { accepted, refusalKey, refusalOf } from '../../machines/portalCall';

/** "Create your organizational account" (GUIDE-FACTS, `accept-invitation`). The address is fixed. */
export interface AcceptValues {
  readonly name: string;
  readonly password: string;
  readonly confirmPassword: string;
  readonly country: string;
}

/** What the accept page reads: the invitation, the form, and the new session. */
export interface InvitationContext extends form.FormFields<AcceptValues> {
  readonly portal: PortalApi;
  readonly token: string;
  /** What the accept page shows once the link opened: fixed address, organization, agreement. */
  readonly invitation: InvitationView | null;
  /** The new user's session, on the dashboard. */
  readonly session: SessionView | null;
}

/** What the accept page sends (`form.submit` is Start). */
export type InvitationEvent = form.FieldEvent | { readonly type: 'form.submit' } | { readonly type: 'link.retry' };


/** The form's own rules, the domain's (`validateAcceptForm`): name, password policy, country. */
export const validateAccept: form.Validate<AcceptValues> = (values) => validateAcceptForm(values) ?? {};

const parts = formParts<AcceptValues, InvitationContext>(['name', 'password', 'confirmPassword', 'country'], () => validateAccept);

const emptyValues: AcceptValues = { name: '', password: '', confirmPassword: '', country: '' };

/** A dead link's state, by the store's key (unknown: never existed, or withdrawn). */
const deadLinks = [
  { key: 'error.invitation.expired', target: '#invitation.dead.expired' },
  { key: 'error.invitation.used', target: '#invitation.dead.used' },
  { key: 'error.invitation.replaced', target: '#invitation.dead.replaced' },
  { key: 'error.invitation.unknown', target: '#invitation.dead.unknown' },
] as const;

const whenDead = (key: ErrorKey) => ({ event }: { event: { error: unknown } }) => refusalKey(event.error) === key;
const toDeadLink = deadLinks.map(({ key, target }) => ({ guard: whenDead(key), target, actions: 'showRefusal' as const }));

/**
 * The link in the invitation email: it opens (`opening`) and either shows the account form
 * (`form`, prefilled with the invited name and country) or why it is dead (`dead.expired`,
 * `dead.used`, `dead.replaced`, `dead.unknown`); Start (`form.submit`) accepts the terms and
 * creates the account (`creating`), then lands on the dashboard (`dashboard`, final, signed in).
 * See README.md.
 * @example createActor(invitationMachine, { input: { portal: getPortal(), token } }).start();
 */
export const invitationMachine = setup({
  types: {
    context: {} as InvitationContext,
    events: {} as InvitationEvent,
    input: {} as { readonly portal: PortalApi; readonly token?: string },
  },
  actors: {
    openInvitation: fromPromise<{ invitation: InvitationView }, { portal: PortalApi; token: string }>(({ input }) =>
      accepted(input.portal.openInvitation(input.token)),
    ),
    acceptInvitation: fromPromise<{ session: SessionView }, { portal: PortalApi; token: string; values: AcceptValues }>(({ input }) =>
      accepted(input.portal.acceptInvitation({ token: input.token, ...input.values })),
    ),
  },
  guards: parts.guards,
  actions: {
    change: assign(parts.change),
    blur: assign(parts.blur),
    check: assign(parts.check),
    clearRefusal: assign(parts.clearRefusal),
    showRefusal: assign(({ context, event }) => form.refused(context, refusalOf((event as { error?: unknown }).error), validateAccept)),
  },
}).createMachine({
  id: 'invitation',
  context: ({ input }) => ({
    portal: input.portal,
    token: form.textOf(input.token),
    invitation: null,
    session: null,
    ...form.freshForm(emptyValues, validateAccept),
  }),
  initial: 'opening',
  states: {
    opening: {
      tags: ['busy'],
      invoke: {
        id: 'openInvitation',
        src: 'openInvitation',
        input: ({ context }) => ({ portal: context.portal, token: context.token }),
        onDone: {
          target: 'form',
          actions: assign(({ event }) => {
            const { invitation } = event.output;
            const values = { ...emptyValues, name: invitation.name, country: invitation.country ?? '' };
            return { invitation, ...form.freshForm(values, validateAccept) };
          }),
        },
        onError: [
          ...toDeadLink,
          // The store could not be asked (out of reach): the link may be fine, so offer a retry.
          { target: 'unavailable', actions: 'showRefusal' },
        ],
      },
    },
    unavailable: { tags: ['failed'], on: { 'link.retry': { target: 'opening' } } },
    dead: {
      tags: ['failed'],
      initial: 'unknown',
      states: { expired: {}, used: {}, replaced: {}, unknown: {} },
    },
    form: formNode('creating'),
    creating: {
      tags: ['busy'],
      invoke: {
        id: 'acceptInvitation',
        src: 'acceptInvitation',
        input: ({ context }) => ({ portal: context.portal, token: context.token, values: context.values }),
        onDone: { target: 'dashboard', actions: assign({ session: ({ event }) => event.output.session }) },
        onError: [
          // The link died while the form was open (another tab used it, the clock passed day 60).
          ...toDeadLink,
          { target: 'form.failed', actions: 'showRefusal' },
        ],
      },
    },
    dashboard: { tags: ['done'], type: 'final' },
  },
});
