import type { EventFrom, SnapshotFrom } from 'xstate';
import { userActionsMachine, type ActionUser } from '../../../src/flows/manage-users/userActionsMachine';
import type { PortalApi } from '../../../src/store/portalApi';
import { sessionOf } from '../sessionOf';
import { HARRY, harrySignedIn, must } from './scenes';
import { done, refused, rejected, writeFailed, type ModelDefinition, type Outcome } from './spec';
import type { World } from './world';

type Machine = typeof userActionsMachine;
type Event = EventFrom<Machine>;
export const MINA = 'mina@contoso.com';

/**
 * The rows of Manage users in `harryAndMina`: Harry (active, the only Account administrator)
 * and Mina (invited). The store's ids are counted, so a scene gives the same ids every time:
 * the scene checks them, and fails loudly if the seed ever numbers them otherwise.
 */
export const harryRow: ActionUser = { id: 'id-1', name: 'Test User', status: 'active' };
export const minaRow: ActionUser = { id: 'id-4', name: 'Mina Sato', status: 'invited' };
export const rows: readonly ActionUser[] = [harryRow, minaRow];

/** Harry signed in, Mina invited as a Report viewer (once per world: later calls leave it as it is). */
export async function harryAndMina(world: World): Promise<void> {
  if (world.notes.has('harryAndMina')) return;
  world.notes.set('harryAndMina', 'done');
  await harrySignedIn(world);
  must(await world.store.inviteUsers({ rows: [{ email: MINA, name: minaRow.name, preferredLanguage: 'ja', country: 'JP', roles: ['report-viewer'] }] }));
  const users = must(await world.store.listUsers()).users.map(({ id, name, status }) => ({ id, name, status }));
  if (JSON.stringify(users) !== JSON.stringify(rows)) throw new Error(`scene setup: the rows are ${JSON.stringify(users)}`);
}

/** The session the view passes once the store answered: Harry's. */
const harrysSession = sessionOf(['account-administrator'], { id: harryRow.id, email: HARRY, name: harryRow.name });

/** Each outcome on the scene (the calls are Harry's, about the scene's rows). */
const onScene = (outcome: Outcome): Outcome => ({
  ...outcome,
  arrange: async (world) => {
    await harryAndMina(world);
    await outcome.arrange?.(world);
  },
});

/** Another tab removed Mina meanwhile: the store no longer knows her. */
const minaRemoved = async (world: World) => void must(await world.store.removeUser({ userId: minaRow.id }));

function callOutcomes({ context }: SnapshotFrom<Machine>, resending: boolean): Outcome[] {
  const subject = context.subject?.id;
  const gone = (id: string) => refused(id, 'removedMeanwhile', { form: 'error.user.unknown' }, minaRemoved);
  const [id, method] = resending ? ['resend', 'resendUserInvitation'] : ['remove', 'removeUser'];
  // Mina removed by the last action: the store no longer knows her.
  if (context.outcome?.kind === 'removed') return [refused(id, 'unknown', { form: 'error.user.unknown' })].map(onScene);
  if (subject === harryRow.id) return [refused(id, 'lastAccountAdministrator', { form: 'error.user.lastAccountAdministrator' }), rejected(id, method)].map(onScene);
  const accepted = resending ? done(id, 'resent', { ok: true, user: { ...minaRow, email: MINA } }) : done(id, 'removed', { ok: true });
  return [accepted, gone(id), writeFailed(id), rejected(id, method)].map(onScene);
}

function userEvents({ context, value }: SnapshotFrom<Machine>): Event[] {
  if (context.session === null) return [{ type: 'session.changed', session: harrysSession as never }];
  if (value === 'confirming') {
    // The row being confirmed shows only Remove and Cancel: the other row's actions stay.
    const others = rows.filter((user) => user.id !== context.subject?.id);
    return [{ type: 'remove.confirm' }, { type: 'remove.cancel' }, ...others.flatMap((user): Event[] => [{ type: 'remove.ask', user }, { type: 'invitation.resend', user }])];
  }
  return rows.flatMap((user): Event[] => [{ type: 'invitation.resend', user }, { type: 'remove.ask', user }]);
}

/** Manage users' row actions as a model: shared by the Vitest model test and the e2e replay. */
export const userActionsModel: ModelDefinition<Machine> = {
  name: 'userActions',
  machine: userActionsMachine,
  input: (world) => ({ portal: world?.portal ?? ({} as PortalApi), session: null }),
  events: userEvents,
  outcomes: (snapshot) => callOutcomes(snapshot, snapshot.matches('resending')),
  // Whose session arrived, and whose row: not the whole payload.
  label: (event) => ('session' in event ? `${event.type}(${event.session?.user.email})` : 'user' in event ? `${event.type}(${event.user.name})` : undefined),
  project: ({ context }) => ({ signedIn: context.session?.user.email, subject: context.subject?.id, outcome: context.outcome }),
  journeys: [
    {
      name: 'Harry resends Mina her invitation, then removes her after thinking twice',
      steps: [{ type: 'session.changed', session: harrysSession as never }, { type: 'invitation.resend', user: minaRow }, 'resent',
        { type: 'remove.ask', user: minaRow }, { type: 'remove.cancel' }, { type: 'remove.ask', user: minaRow }, { type: 'remove.confirm' }, 'removed'],
    },
  ],
};
