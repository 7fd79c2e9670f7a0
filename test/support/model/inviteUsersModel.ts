import type { EventFrom, SnapshotFrom } from 'xstate';
import { inviteUsersMachine } from '../../../src/flows/invite-users/inviteUsersMachine';
import type { PortalApi } from '../../../src/store/portalApi';
import { HARRY, harrySignedIn, must, signedInAs } from './scenes';
import { done, refused, rejected, writeFailed, type ModelDefinition, type Outcome } from './spec';
import { sessionOf } from '../sessionOf';

/**
 * The model of Invite users: the learner's events, the store's answers and how to arrange them
 * in the memory store. Replayed by test/model (actor over the memory store) and
 * test/e2e/model-invite-users.spec.ts (the real page).
 */
type Machine = typeof inviteUsersMachine;
type Event = EventFrom<Machine>;
export const ACTOR = 'actor@contoso.com';
const change = (row: number, field: string, value: string): Event => ({ type: 'field.change', row, field, value });
const toggle = (row: number, role: string): Event => ({ type: 'role.toggle', row, role });

const inviter = (email: string, roles: readonly string[]) => sessionOf(roles, { email, preferredLanguage: 'en', country: 'US' });
const listed = (...emails: string[]) => emails.map((email) => ({ email, status: 'active' }));
const loadOutcomes: readonly Outcome[] = [
  done('loadInviter', 'signedOut', { session: null, users: [] }),
  done('loadInviter', 'reportViewer', { session: inviter(ACTOR, ['report-viewer']), users: [] }, (world) => signedInAs(world, ['report-viewer'], ACTOR)),
  done('loadInviter', 'accountAdministrator', { session: inviter(HARRY, ['account-administrator']), users: listed(HARRY) }, harrySignedIn),
  done('loadInviter', 'agreementAdministrator', { session: inviter(ACTOR, ['agreement-administrator']), users: listed(HARRY, ACTOR) }, (world) =>
    signedInAs(world, ['agreement-administrator'], ACTOR),
  ),
  rejected('loadInviter', 'getSession'),
];

/**
 * A few choices per field: a new colleague, a personal address, someone already a user, a
 * duplicate. Each field is set once and roles only ticked, which keeps the model small enough
 * to walk in a moment; changing and unticking are the actor tests' business.
 */
function formEvents({ context }: SnapshotFrom<Machine>): Event[] {
  const [first, second] = context.values.rows;
  // After an invitation went out, only what depends on it: the same address is now refused live.
  if (context.invited.length > 0) return [change(0, 'email', 'mina@contoso.com'), { type: 'form.check' }];
  const unset = (row: typeof first, field: 'email' | 'name') => row !== undefined && row[field] === '';
  const events: Event[] = [{ type: 'field.blur', row: 0, field: 'name' }, { type: 'form.check' }, { type: 'invite.submit' }, { type: 'invite.another' }];
  if (unset(first, 'email')) events.push(change(0, 'email', 'mina@contoso.com'), change(0, 'email', 'mina@outlook.com'), change(0, 'email', HARRY));
  if (unset(first, 'name')) events.push(change(0, 'name', 'Mina Sato'));
  for (const role of ['report-viewer', 'account-administrator']) if (!first?.roles.includes(role as never)) events.push(toggle(0, role));
  // A second row only after one particular valid first row, for the same reason.
  const ready = first?.email === 'mina@contoso.com' && first.name !== '' && first.roles.join() === 'report-viewer';
  if (!second && ready) events.push({ type: 'row.add' });
  if (second) {
    if (unset(second, 'email')) events.push(change(1, 'email', 'lee@contoso.com'), change(1, 'email', 'mina@contoso.com'));
    if (unset(second, 'name')) events.push(change(1, 'name', 'Lee Chen'));
    if (second.roles.length === 0) events.push(toggle(1, 'account-viewer'));
    events.push({ type: 'row.remove', row: 1 }, { type: 'row.remove', row: 0 });
  }
  return events;
}

function submitOutcomes({ context }: SnapshotFrom<Machine>): Outcome[] {
  const rows = context.values.rows.filter((row) => row.email !== '');
  const invited = rows.map(({ email, name, roles }) => ({ email, name, roles, status: 'invited' }));
  const first = context.values.rows[0]?.email ?? '';
  const outcomes = [done('inviteUsers', 'invited', { ok: true, invited }), writeFailed('inviteUsers'), rejected('inviteUsers')];
  if (first === '') return outcomes;
  // Another tab invited the first row's address meanwhile: only the store can know.
  const otherTab = async (world: Parameters<NonNullable<Outcome['arrange']>>[0]) =>
    void must(await world.store.inviteUsers({ rows: [{ email: first, name: 'Elsewhere', preferredLanguage: 'en', country: 'US', roles: ['report-viewer'] }] }));
  return [...outcomes, refused('inviteUsers', 'alreadyInvited', { 'rows.0.email': 'error.email.alreadyInvited' }, otherTab)];
}

export const inviteUsersModel: ModelDefinition<Machine> = {
  name: 'inviteUsers',
  machine: inviteUsersMachine,
  input: (world) => ({ portal: world?.portal ?? ({} as PortalApi) }),
  events: (snapshot) => {
    if (snapshot.matches('unavailable')) return [{ type: 'load.retry' }];
    return snapshot.matches('done') ? [{ type: 'invite.restart' }] : formEvents(snapshot);
  },
  outcomes: (snapshot) => (snapshot.matches('loading') ? loadOutcomes : submitOutcomes(snapshot)),
  project: ({ context }) => ({
    values: context.values,
    errors: context.errors,
    roleOptions: context.roleOptions,
    invited: context.invited.map((user) => user.email),
  }),
  // Model states differ by what was typed, who invites, and where a submit in flight leads;
  // which errors show follows from the path (and is still compared at every step).
  key: ({ context }) => ({ values: context.values, options: context.roleOptions, invited: context.invited.length, afterInvite: context.afterInvite }),
  journeys: [
    {
      name: 'the guide: Harry invites two colleagues in one go',
      steps: ['accountAdministrator', change(0, 'email', 'mina@contoso.com'), change(0, 'name', 'Mina Sato'), change(0, 'preferredLanguage', 'ja'), change(0, 'country', 'JP'), toggle(0, 'report-viewer'),
        { type: 'row.add' }, change(1, 'email', 'lee@contoso.com'), change(1, 'name', 'Lee Chen'), toggle(1, 'account-viewer'), toggle(1, 'user-administrator'), { type: 'invite.submit' }, 'invited'],
    },
    {
      name: 'an Agreement administrator cannot offer Account administrator, invites a Report viewer, then another',
      steps: ['agreementAdministrator', change(0, 'email', 'mina@contoso.com'), change(0, 'name', 'Mina Sato'), toggle(0, 'account-administrator'), toggle(0, 'report-viewer'),
        { type: 'invite.another' }, 'invited', change(0, 'email', 'mina@contoso.com'), { type: 'form.check' }],
    },
  ],
};
