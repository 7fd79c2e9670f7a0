import { assertEvent, assign, fromPromise, setup } from 'xstate';
import { isRoleId, validateRoleShape, type RoleId } from '../../domain/roles';
import type { PortalApi } from '../../store/portalApi';
import type { SessionView, UserView } from '../../store/viewTypes';
import * as form from '../../machines/form';
import { gateBranches, gateStates, unavailableErrors } from '../../machines/formParts';
import { toggled } from '../../machines/inviteRows';
import { accepted, refusalOf } from '../../machines/portalCall';
import { sessionMayAssign, userRoles } from '../../machines/session';

/** The roles ticked, in the guide's order. */
export interface RolesValues {
  readonly roles: readonly RoleId[];
}

/** What a roles editor reads: the user as saved, the roles ticked, and errors. */
export interface EditRolesContext extends form.FormFields<RolesValues> {
  readonly portal: PortalApi;
  readonly userId: string;
  readonly session: SessionView | null;
  /** The user being edited, as last saved. */
  readonly user: UserView | null;
}

/** What a roles editor sends. */
export type EditRolesEvent =
  | { readonly type: 'role.toggle'; readonly role: string }
  | { readonly type: 'form.reset' }
  | { readonly type: 'form.submit' }
  | { readonly type: 'load.retry' };

/**
 * At least one known role (the domain's `validateRoleShape`, as the store's `changeRoles`
 * checks it): which roles the editor may touch is the `role.toggle` guard's business.
 */
export const validateRoles: form.Validate<RolesValues> = (values) => {
  const error = validateRoleShape(values.roles);
  return error ? { roles: error } : {};
};

const saved = (user: UserView) => ({ user, ...form.freshForm<RolesValues>({ roles: user.roles }, validateRoles) });
const sameRoles = (a: readonly RoleId[], b: readonly RoleId[]) => a.length === b.length && a.every((role) => b.includes(role));

/**
 * Manage users > a user's roles: `loading` the editor's session and the user, then `signedOut`,
 * `forbidden` (no `users.manage`), `missing` (no such user) or the `form`, where only roles the
 * editor may assign can be ticked or unticked. Save (`form.submit`) → `saving` → `saved`; the
 * store refuses to take Account administrator from the last one (`error.user.lastAccountAdministrator`).
 * @example createActor(editRolesMachine, { input: { portal: getPortal(), userId } }).start();
 */
export const editRolesMachine = setup({
  types: {
    context: {} as EditRolesContext,
    events: {} as EditRolesEvent,
    input: {} as { readonly portal: PortalApi; readonly userId?: string },
  },
  actors: {
    loadUser: fromPromise<{ session: SessionView | null; user: UserView | null }, { portal: PortalApi; userId: string }>(async ({ input }) => {
      const session = await input.portal.getSession();
      const listed = session ? await input.portal.listUsers() : null;
      return { session, user: (listed?.ok && listed.users.find((user) => user.id === input.userId)) || null };
    }),
    changeRoles: fromPromise<{ user: UserView }, { portal: PortalApi; userId: string; roles: readonly RoleId[] }>(({ input }) =>
      accepted(input.portal.changeRoles({ userId: input.userId, roles: input.roles })),
    ),
  },
  guards: {
    // GUIDE-FACTS, our decisions: a User administrator can neither grant nor take Account administrator.
    mayToggle: ({ context, event }) => {
      assertEvent(event, 'role.toggle');
      return isRoleId(event.role) && sessionMayAssign(context.session, event.role);
    },
    hasChanges: ({ context }) => !sameRoles(context.values.roles, userRoles(context.user)),
    canSave: ({ context }) => !sameRoles(context.values.roles, userRoles(context.user)) && form.isValid(context.values, validateRoles),
  },
  actions: {
    toggle: assign(({ context, event }) => {
      assertEvent(event, 'role.toggle');
      return form.picked(context, { roles: toggled(context.values.roles, event.role as RoleId) }, 'roles', validateRoles);
    }),
    reset: assign(({ context }) => form.freshForm<RolesValues>({ roles: userRoles(context.user) }, validateRoles)),
    clearRefusal: assign(({ context }) => form.submitted(context, validateRoles)),
  },
}).createMachine({
  id: 'editRoles',
  context: ({ input }) => ({
    portal: input.portal,
    userId: form.textOf(input.userId),
    session: null,
    user: null,
    ...form.freshForm<RolesValues>({ roles: [] }, validateRoles),
  }),
  initial: 'loading',
  states: {
    loading: {
      tags: ['busy'],
      invoke: {
        id: 'loadUser',
        src: 'loadUser',
        input: ({ context }) => ({ portal: context.portal, userId: context.userId }),
        onDone: [
          ...gateBranches('users.manage'),
          { guard: ({ event }) => event.output.user === null, target: 'missing', actions: assign({ errors: { form: 'error.user.unknown' } }) },
          // The guards above have ruled out a missing session and user.
          { target: 'form', actions: assign(({ event }) => ({ session: event.output.session, ...saved(event.output.user as UserView) })) },
        ],
        onError: { target: 'unavailable', actions: assign(unavailableErrors) },
      },
    },
    ...gateStates,
    missing: { tags: ['blocked'] },
    form: {
      tags: ['editing'],
      initial: 'editing',
      on: {
        'role.toggle': { guard: 'mayToggle', target: '.editing', actions: 'toggle' },
        'form.reset': { guard: 'hasChanges', target: '.editing', actions: 'reset' },
        'form.submit': { guard: 'canSave', target: 'saving', actions: 'clearRefusal' },
      },
      states: {
        editing: {},
        failed: { tags: ['failed'] },
        // Saved; the form stays open for another change.
        saved: { tags: ['done'] },
      },
    },
    saving: {
      tags: ['busy'],
      invoke: {
        id: 'changeRoles',
        src: 'changeRoles',
        input: ({ context }) => ({ portal: context.portal, userId: context.userId, roles: context.values.roles }),
        onDone: { target: 'form.saved', actions: assign(({ event }) => saved(event.output.user)) },
        onError: { target: 'form.failed', actions: assign(({ context, event }) => form.refused(context, refusalOf(event.error), validateRoles)) },
      },
    },
  },
});
