import { assertEvent, assign, fromPromise, setup } from 'xstate';
import { MAX_INVITE_ROWS, type InviteRow } from '../../domain/commands/inviteUsers';
import { isRoleId, type RoleId } from '../../domain/roles';
import type { PortalApi } from '../../store/portalApi';
import type { SessionView, UserView } from '../../store/viewTypes';
import * as form from '../../machines/form';
import { gateBranches, gateStates, unavailableErrors } from '../../machines/formParts';
import { blankRow, isRow, rowFields, rowPath, toggled, validateRowsFor, withoutRow, type InviteValues } from '../../machines/inviteRows';
import { accepted, refusalOf } from '../../machines/portalCall';
import { sessionMayAssign } from '../../machines/session';

/** What the Invite users view reads. */
export interface InviteContext extends form.FormFields<InviteValues> {
  readonly portal: PortalApi;
  readonly session: SessionView | null;
  /** The users the store listed (plus those invited since): the live "already a user" check. */
  readonly users: readonly UserView[];
  /** The roles this inviter may assign (the session's `assignableRoles`): the only role choices to offer. */
  readonly roleOptions: readonly RoleId[];
  /** Everyone invited from this form so far. */
  readonly invited: readonly UserView[];
  /** Where a successful submit leads: the confirmation (`invite.submit`) or a fresh form (`invite.another`). */
  readonly afterInvite: 'done' | 'another';
}

/** What the Invite users view sends; `row` is a row's index. */
export type InviteEvent =
  | { readonly type: 'field.change'; readonly row: number; readonly field: string; readonly value: unknown }
  | { readonly type: 'field.blur'; readonly row: number; readonly field: string }
  | { readonly type: 'role.toggle'; readonly row: number; readonly role: string }
  | { readonly type: 'row.add' }
  | { readonly type: 'row.remove'; readonly row: number }
  | { readonly type: 'form.check' }
  | { readonly type: 'invite.submit' }
  | { readonly type: 'invite.another' }
  | { readonly type: 'invite.restart' }
  | { readonly type: 'load.retry' };

/** Those just invited count as known users from now on (the next row for them is refused live). */
const recordInvited = (context: InviteContext, output: { invited: readonly UserView[] }) => ({
  invited: [...context.invited, ...output.invited],
  users: [...context.users, ...output.invited],
});

const rulesOf = (context: InviteContext) => validateRowsFor(context.users, context.session?.assignableRoles ?? []);
const freshRows = (context: InviteContext) => form.freshForm<InviteValues>({ rows: [blankRow(context.session)] }, rulesOf(context));

/**
 * Account > Manage access > Invite users (GUIDE-FACTS, `invite-users`): `loading` the inviter's
 * session, then `signedOut`, `forbidden` (no `users.invite`) or the `form`: rows of address,
 * name, preferred language, country/region and roles (only those the inviter may assign). Invite
 * (`invite.submit`) → `submitting` → `done`; Invite another user (`invite.another`) → a fresh form.
 * @example createActor(inviteUsersMachine, { input: { portal: getPortal() } }).start();
 */
export const inviteUsersMachine = setup({
  types: { context: {} as InviteContext, events: {} as InviteEvent, input: {} as { readonly portal: PortalApi } },
  actors: {
    loadInviter: fromPromise<{ session: SessionView | null; users: UserView[] }, { portal: PortalApi }>(async ({ input }) => {
      const session = await input.portal.getSession();
      const listed = session ? await input.portal.listUsers() : null;
      return { session, users: listed?.ok ? listed.users : [] };
    }),
    inviteUsers: fromPromise<{ invited: UserView[] }, { portal: PortalApi; rows: readonly InviteRow[] }>(({ input }) =>
      accepted(input.portal.inviteUsers({ rows: input.rows })),
    ),
  },
  guards: {
    isRowField: ({ context, event }) => {
      assertEvent(event, ['field.change', 'field.blur']);
      return isRow(context.values.rows, event.row) && rowFields.includes(event.field);
    },
    // Only roles the inviter may assign can be ticked (GUIDE-FACTS: "depending on your own permissions").
    mayAssign: ({ context, event }) => {
      assertEvent(event, 'role.toggle');
      return isRow(context.values.rows, event.row) && isRoleId(event.role) && sessionMayAssign(context.session, event.role);
    },
    canAddRow: ({ context }) => context.values.rows.length < MAX_INVITE_ROWS,
    canRemoveRow: ({ context, event }) => {
      assertEvent(event, 'row.remove');
      return context.values.rows.length > 1 && isRow(context.values.rows, event.row);
    },
    rowsValid: ({ context }) => form.isValid(context.values, rulesOf(context)),
  },
  actions: {
    change: assign(({ context, event }) => {
      assertEvent(event, 'field.change');
      const rows = context.values.rows.map((row, index) => (index === event.row ? { ...row, [event.field]: form.textOf(event.value) } : row));
      return form.changed(context, { rows }, rowPath(event.row, event.field), rulesOf(context));
    }),
    blur: assign(({ context, event }) => {
      assertEvent(event, 'field.blur');
      return form.blurred(context, rowPath(event.row, event.field), rulesOf(context));
    }),
    toggleRole: assign(({ context, event }) => {
      assertEvent(event, 'role.toggle');
      const role = event.role as RoleId; // checked by `mayAssign`
      const rows = context.values.rows.map((row, index) => (index === event.row ? { ...row, roles: toggled(row.roles, role) } : row));
      return form.picked(context, { rows }, rowPath(event.row, 'roles'), rulesOf(context));
    }),
    addRow: assign(({ context }) => {
      const rows = [...context.values.rows, blankRow(context.session)];
      return form.withErrors({ ...context, values: { rows } }, rulesOf(context));
    }),
    removeRow: assign(({ context, event }) => {
      assertEvent(event, 'row.remove');
      return form.withErrors(withoutRow(context, event.row), rulesOf(context));
    }),
    check: assign(({ context }) => form.checked(context, rulesOf(context))),
    submit: assign(({ context, event }) => ({ ...form.submitted(context, rulesOf(context)), afterInvite: event.type === 'invite.another' ? 'another' : 'done' })),
    restart: assign(({ context }) => freshRows(context)),
  },
}).createMachine({
  id: 'inviteUsers',
  context: ({ input }) => ({
    portal: input.portal,
    session: null,
    users: [],
    roleOptions: [],
    invited: [],
    afterInvite: 'done',
    ...form.freshForm<InviteValues>({ rows: [] }, () => ({})),
  }),
  initial: 'loading',
  states: {
    loading: {
      tags: ['busy'],
      invoke: {
        id: 'loadInviter',
        src: 'loadInviter',
        input: ({ context }) => ({ portal: context.portal }),
        onDone: [
          ...gateBranches('users.invite'),
          {
            target: 'form',
            actions: [
              assign(({ event }) => ({ ...event.output, roleOptions: event.output.session?.assignableRoles ?? [] })),
              'restart',
            ],
          },
        ],
        onError: { target: 'unavailable', actions: assign(unavailableErrors) },
      },
    },
    ...gateStates,
    form: {
      tags: ['editing'],
      initial: 'editing',
      on: {
        'field.change': { guard: 'isRowField', target: '.editing', actions: 'change' },
        'field.blur': { guard: 'isRowField', actions: 'blur' },
        'role.toggle': { guard: 'mayAssign', target: '.editing', actions: 'toggleRole' },
        'row.add': { guard: 'canAddRow', target: '.editing', actions: 'addRow' },
        'row.remove': { guard: 'canRemoveRow', target: '.editing', actions: 'removeRow' },
        'form.check': { actions: 'check' },
        'invite.submit': { guard: 'rowsValid', target: 'submitting', actions: 'submit' },
        'invite.another': { guard: 'rowsValid', target: 'submitting', actions: 'submit' },
      },
      states: { editing: {}, failed: { tags: ['failed'] } },
    },
    submitting: {
      tags: ['busy'],
      invoke: {
        id: 'inviteUsers',
        src: 'inviteUsers',
        input: ({ context }) => ({ portal: context.portal, rows: context.values.rows }),
        onDone: [
          { guard: ({ context }) => context.afterInvite === 'another', target: 'form', actions: [assign(({ context, event }) => recordInvited(context, event.output)), 'restart'] },
          { target: 'done', actions: assign(({ context, event }) => recordInvited(context, event.output)) },
        ],
        onError: { target: 'form.failed', actions: assign(({ context, event }) => form.refused(context, refusalOf(event.error), rulesOf(context))) },
      },
    },
    done: { tags: ['done'], on: { 'invite.restart': { target: 'form', actions: 'restart' } } },
  },
});
