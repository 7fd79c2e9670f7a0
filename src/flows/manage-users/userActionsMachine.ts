import { assertEvent, assign, fromPromise, setup } from 'xstate';
import type { ErrorKey } from '../../domain/errors';
import type { PortalApi } from '../../store/portalApi';
import type { SessionView, UserView } from '../../store/viewTypes';
import { accepted, refusalOf } from '../../machines/portalCall';
import { sessionMay } from '../../machines/session';

/** The user a row action is about: enough to ask the store and to say whom it was about. */
export type ActionUser = Pick<UserView, 'id' | 'name' | 'status'>;

/** What the last row action came to. `refused` names the action and its user, to point at the row. */
export type UserActionOutcome =
  | { readonly kind: 'resent'; readonly email: string }
  | { readonly kind: 'removed'; readonly userId: string; readonly name: string }
  | { readonly kind: 'refused'; readonly action: 'resend' | 'remove'; readonly userId: string; readonly error: ErrorKey };

/** What the Manage users list reads about its row actions. */
export interface UserActionsContext {
  readonly portal: PortalApi;
  /** The session as the store last answered it: what the actions may do. */
  readonly session: SessionView | null;
  /** The user the action under way is about: whose row asks "Remove …?" in `confirming`. */
  readonly subject: ActionUser | null;
  readonly outcome: UserActionOutcome | null;
}

/** What the Manage users list sends. */
export type UserActionsEvent =
  | { readonly type: 'session.changed'; readonly session: SessionView | null }
  | { readonly type: 'invitation.resend'; readonly user: ActionUser }
  | { readonly type: 'remove.ask'; readonly user: ActionUser }
  | { readonly type: 'remove.confirm' }
  | { readonly type: 'remove.cancel' };

type Call = { portal: PortalApi; userId: string };

/**
 * The actions a user's row offers, as the session allows them: Resend invitation for someone not
 * yet active when the session may invite; Edit roles and Remove when it may manage users (an
 * Agreement administrator sees the list but may change nobody's roles). The row reads this,
 * not `state.can`, so its buttons stay put while the store answers (a button vanishing under the
 * pointer or focus would lose its place); a click then is simply not taken.
 * @example rowOffers(snapshot.context, user) // { resend: false, editRoles: true, remove: true }
 */
export function rowOffers(context: Pick<UserActionsContext, 'session'>, user: ActionUser): { readonly resend: boolean; readonly editRoles: boolean; readonly remove: boolean } {
  const manage = sessionMay(context.session, 'users.manage');
  return { resend: user.status !== 'active' && sessionMay(context.session, 'users.invite'), editRoles: manage, remove: manage };
}
const subjectId = (context: UserActionsContext) => context.subject?.id ?? '';

const refused = (action: 'resend' | 'remove', userId: string, error: unknown): UserActionOutcome => ({
  kind: 'refused', action, userId, error: refusalOf(error)['form'] ?? 'error.input.invalid',
});

/**
 * Manage users' row actions (GUIDE-FACTS, `invite-users`): Resend invitation (`invitation.resend`
 * → `resending`), offered for a user not yet active when the session may invite; Remove
 * (`remove.ask` → `confirming`, the row's inline "Remove …?"; `remove.confirm` → `removing`,
 * `remove.cancel` back), offered when the session may manage users. Each ends in `idle` with
 * `outcome`; while the store answers, the rows keep their buttons (`rowOffers`) and clicks are not
 * taken. Whom exactly is the store's call: a refusal arrives as `outcome.error`. The view
 * keeps the machine's session current with `session.changed`. See README.md.
 * @example createActor(userActionsMachine, { input: { portal: getPortal() } }).start();
 */
export const userActionsMachine = setup({
  types: {
    context: {} as UserActionsContext,
    events: {} as UserActionsEvent,
    input: {} as { readonly portal: PortalApi; readonly session?: SessionView | null },
  },
  actors: {
    resend: fromPromise<{ user: UserView }, Call>(({ input }) => accepted(input.portal.resendUserInvitation({ userId: input.userId }))),
    remove: fromPromise<object, Call>(({ input }) => accepted(input.portal.removeUser({ userId: input.userId }))),
  },
  guards: {
    mayResend: ({ context, event }) => {
      assertEvent(event, 'invitation.resend');
      return rowOffers(context, event.user).resend;
    },
    mayRemove: ({ context, event }) => {
      assertEvent(event, 'remove.ask');
      return rowOffers(context, event.user).remove;
    },
  },
  actions: {
    // A new action: its user, and the last action's outcome no longer shown.
    start: assign(({ event }) => {
      assertEvent(event, ['remove.ask', 'invitation.resend']);
      return { subject: event.user, outcome: null };
    }),
  },
}).createMachine({
  id: 'userActions',
  context: ({ input }) => ({ portal: input.portal, session: input.session ?? null, subject: null, outcome: null }),
  initial: 'idle',
  on: {
    'session.changed': { actions: assign({ session: ({ event }) => event.session }) },
  },
  states: {
    idle: {
      on: {
        'invitation.resend': { guard: 'mayResend', target: 'resending', actions: 'start' },
        'remove.ask': { guard: 'mayRemove', target: 'confirming', actions: 'start' },
      },
    },
    resending: {
      tags: ['busy'],
      invoke: {
        id: 'resend',
        src: 'resend',
        input: ({ context }) => ({ portal: context.portal, userId: subjectId(context) }),
        onDone: { target: 'idle', actions: assign({ subject: null, outcome: ({ event }) => ({ kind: 'resent', email: event.output.user.email }) }) },
        onError: { target: 'idle', actions: assign(({ context, event }) => ({ subject: null, outcome: refused('resend', subjectId(context), event.error) })) },
      },
    },
    confirming: {
      on: {
        'remove.ask': { guard: 'mayRemove', target: 'confirming', reenter: true, actions: 'start' },
        'invitation.resend': { guard: 'mayResend', target: 'resending', actions: 'start' },
        'remove.confirm': { target: 'removing' },
        'remove.cancel': { target: 'idle', actions: assign({ subject: null }) },
      },
    },
    removing: {
      tags: ['busy'],
      invoke: {
        id: 'remove',
        src: 'remove',
        input: ({ context }) => ({ portal: context.portal, userId: subjectId(context) }),
        onDone: {
          target: 'idle',
          actions: assign(({ context }) => ({ subject: null, outcome: { kind: 'removed', userId: subjectId(context), name: context.subject?.name ?? '' } as const })),
        },
        onError: { target: 'idle', actions: assign(({ context, event }) => ({ subject: null, outcome: refused('remove', subjectId(context), event.error) })) },
      },
    },
  },
});
