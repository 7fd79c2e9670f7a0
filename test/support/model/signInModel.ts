import type { EventFrom, SnapshotFrom } from 'xstate';
import { signInMachine } from '../../../src/flows/sign-in/signInMachine';
import type { PortalApi } from '../../../src/store/portalApi';
import { HARRY, PASSWORD, harrySignedIn, must, register } from './scenes';
import { done, refused, rejected, writeFailed, type ModelDefinition, type Outcome } from './spec';
import type { World } from './world';

type Machine = typeof signInMachine;
const change = (field: string, value: string): EventFrom<Machine> => ({ type: 'field.change', field, value });
const harrysSession = { user: { email: HARRY } };

/** Harry has registered (with the shared password) and signed out again. */
export const registered = async (world: World) => {
  if (!(await world.store.signIn({ email: HARRY, password: PASSWORD })).ok) await register(world);
  must(await world.store.signOut());
};
export const expired = async (world: World) => void must(await world.store.advanceClock({ days: 60 }));

function signInOutcomes({ context }: SnapshotFrom<Machine>): Outcome[] {
  const { email, password } = context.values;
  if (email !== HARRY) return [refused('signIn', 'notInvited', { form: 'error.signIn.notInvited' }), rejected('signIn')];
  const stillInvited = [
    refused('signIn', 'invitationPending', { form: 'error.signIn.invitationPending' }),
    refused('signIn', 'invitationExpired', { form: 'error.signIn.invitationExpired' }, expired),
    rejected('signIn'),
  ];
  if (password !== PASSWORD) return [refused('signIn', 'badCredentials', { form: 'error.signIn.badCredentials' }, registered), ...stillInvited];
  const failedSave = writeFailed('signIn');
  return [
    done('signIn', 'signedIn', { ok: true, session: harrysSession }, registered),
    { ...failedSave, arrange: async (world) => (await registered(world), world.failNextWrite()) },
    ...stillInvited,
  ];
}

const formEvents: readonly EventFrom<Machine>[] = [
  change('email', HARRY),
  change('email', 'mina@contoso.com'),
  change('email', 'harry@outlook.com'),
  change('password', PASSWORD),
  change('password', 'Wrong-password1'),
  { type: 'field.blur', field: 'password' },
  { type: 'form.check' },
  { type: 'form.submit' },
];

/** The sign-in page as a model: shared by the Vitest model test and the e2e replay. */
export const signInModel: ModelDefinition<Machine> = {
  name: 'signIn',
  machine: signInMachine,
  input: (world) => ({ portal: world?.portal ?? ({} as PortalApi) }),
  events: (snapshot) => (snapshot.matches('signedIn') ? [{ type: 'session.end' }] : formEvents),
  outcomes(snapshot) {
    if (snapshot.matches('checking')) return [done('getSession', 'nobody', null), done('getSession', 'harry', harrysSession, harrySignedIn), rejected('getSession')];
    if (snapshot.matches('signingOut')) return [done('signOut', 'signedOut', { ok: true }), writeFailed('signOut'), rejected('signOut')];
    return signInOutcomes(snapshot);
  },
  project: ({ context }) => ({ values: context.values, errors: context.errors, signedIn: context.session?.user.email }),
  journeys: [
    {
      name: 'Harry signs in, out, and in again',
      steps: ['nobody', change('email', HARRY), change('password', PASSWORD), { type: 'form.submit' }, 'signedIn', { type: 'session.end' }, 'signedOut',
        change('email', HARRY), change('password', PASSWORD), { type: 'form.submit' }, 'signedIn'],
    },
    {
      name: 'a personal address is explained before anything is sent',
      steps: ['nobody', change('email', 'harry@outlook.com'), change('password', PASSWORD), { type: 'form.submit' }],
    },
  ],
};
