import type { EventFrom, SnapshotFrom } from 'xstate';
import { editRolesMachine } from '../../../src/flows/manage-users/editRolesMachine';
import type { PortalApi } from '../../../src/store/portalApi';
import { sessionOf } from '../sessionOf';
import { HARRY, harrySignedIn, must, signedInAs } from './scenes';
import { done, refused, rejected, writeFailed, type ModelDefinition, type Outcome } from './spec';
import type { World } from './world';

type Machine = typeof editRolesMachine;
export const MINA = 'mina@contoso.com';
const AA = 'account-administrator';
const person = (email: string, roles: readonly string[]) => ({ email, roles });
const session = (roles: readonly string[]) => sessionOf(roles, { email: roles.includes(AA) ? HARRY : 'actor@contoso.com' });

/** Scenes: whose roles are edited (noted as `userId`), by whom. */
const editing = (userId: string) => (world: World) => void world.notes.set('userId', userId);
export async function harryEditsMina(world: World) {
  await harrySignedIn(world);
  const { invited } = must(await world.store.inviteUsers({ rows: [{ email: MINA, name: 'Mina Sato', preferredLanguage: 'ja', country: 'JP', roles: ['report-viewer'] }] }));
  world.notes.set('userId', invited[0]?.id ?? '');
}
async function harryId(world: World) {
  const users = must(await world.store.listUsers()).users;
  return users.find((user) => user.email === HARRY)?.id ?? '';
}
export const harryEditsHimself = async (world: World) => (await harrySignedIn(world), editing(await harryId(world))(world));
export const userAdministratorEditsHarry = async (world: World) => (await signedInAs(world, ['user-administrator']), editing(await harryId(world))(world));

const loadOutcomes: readonly Outcome[] = [
  done('loadUser', 'signedOut', { session: null, user: null }, editing('someone')),
  done('loadUser', 'reportViewer', { session: session(['report-viewer']), user: null }, async (world) => (await signedInAs(world, ['report-viewer']), editing('someone')(world))),
  done('loadUser', 'noSuchUser', { session: session([AA]), user: null }, async (world) => (await harrySignedIn(world), editing('no-such-user')(world))),
  done('loadUser', 'harryEditsMina', { session: session([AA]), user: person(MINA, ['report-viewer']) }, harryEditsMina),
  done('loadUser', 'harryEditsHimself', { session: session([AA]), user: person(HARRY, [AA]) }, harryEditsHimself),
  done('loadUser', 'userAdministratorEditsHarry', { session: session(['user-administrator']), user: person(HARRY, [AA]) }, userAdministratorEditsHarry),
  rejected('loadUser', 'getSession'),
];

function saveOutcomes({ context }: SnapshotFrom<Machine>): Outcome[] {
  const { user, values } = context;
  const failures = [writeFailed('changeRoles'), rejected('changeRoles')];
  // Harry is the only active Account administrator: the store will not let him drop the role.
  if (user?.email === HARRY && !values.roles.includes(AA)) return [refused('changeRoles', 'lastAccountAdministrator', { form: 'error.user.lastAccountAdministrator' }), rejected('changeRoles')];
  const outcomes = [done('changeRoles', 'saved', { ok: true, user: { ...user, roles: values.roles } }), ...failures];
  if (user?.email !== MINA) return outcomes;
  // Mina's invitation withdrawn in another tab meanwhile.
  const withdraw = async (world: World) => void must(await world.store.removeUser({ userId: world.notes.get('userId') ?? '' }));
  return [...outcomes, refused('changeRoles', 'removedMeanwhile', { form: 'error.user.unknown' }, withdraw)];
}

const formEvents: readonly EventFrom<Machine>[] = [
  { type: 'role.toggle', role: 'report-viewer' },
  { type: 'role.toggle', role: 'account-viewer' },
  { type: 'role.toggle', role: AA },
  { type: 'form.reset' },
  { type: 'form.submit' },
];

/** A user's roles editor on Manage users as a model: shared by the Vitest model test and the e2e replay. */
export const editRolesModel: ModelDefinition<Machine> = {
  name: 'editRoles',
  machine: editRolesMachine,
  input: (world) => ({ portal: world?.portal ?? ({} as PortalApi), userId: world?.notes.get('userId') ?? 'someone' }),
  events: (snapshot) => (snapshot.matches('unavailable') ? [{ type: 'load.retry' }] : formEvents),
  outcomes: (snapshot) => (snapshot.matches('loading') ? loadOutcomes : saveOutcomes(snapshot)),
  project: ({ context }) => ({ values: context.values, errors: context.errors, user: context.user && person(context.user.email, context.user.roles) }),
  journeys: [
    {
      name: 'a User administrator cannot take Account administrator from Harry, but may add Report viewer',
      steps: ['userAdministratorEditsHarry', { type: 'role.toggle', role: AA }, { type: 'role.toggle', role: 'report-viewer' }, { type: 'form.submit' }, 'saved'],
    },
    {
      name: 'Harry gives Mina a second role, then takes the first away',
      steps: ['harryEditsMina', { type: 'role.toggle', role: 'account-viewer' }, { type: 'form.submit' }, 'saved', { type: 'role.toggle', role: 'report-viewer' }, { type: 'form.submit' }, 'saved'],
    },
  ],
};
