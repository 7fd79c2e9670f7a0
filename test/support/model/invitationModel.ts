import type { EventFrom, SnapshotFrom } from 'xstate';
import { invitationMachine } from '../../../src/flows/accept-invitation/invitationMachine';
import type { PortalApi } from '../../../src/store/portalApi';
import type { InvitationView } from '../../../src/store/viewTypes';
import { AGREEMENT, HARRY, PASSWORD, harrySignedIn, latestToken, must, register } from './scenes';
import { done, refused, rejected, writeFailed, type ModelDefinition, type Outcome } from './spec';
import type { World } from './world';

/**
 * The model of the invitation link (accept page): the learner's events, the store's answers and
 * how to arrange them in the memory store. Replayed by test/model (actor over the memory store)
 * and test/e2e/model-acceptance.spec.ts (the real page).
 */
type Machine = typeof invitationMachine;
export const MINA = 'mina@contoso.com';
const change = (field: string, value: unknown): EventFrom<Machine> => ({ type: 'field.change', field, value });

const harryLink: InvitationView = {
  email: HARRY,
  name: 'Harry Roldan',
  country: 'US',
  organization: 'Contoso',
  agreementNumber: AGREEMENT,
  kind: 'purchasing-administrator',
  roles: ['account-administrator'],
  expiresAt: '2016-12-31T09:00:00.000Z',
};
const minaLink: InvitationView = { ...harryLink, email: MINA, name: 'Mina Sato', country: 'JP', kind: 'colleague', roles: ['report-viewer'] };

/** Harry's link from the seed, or Mina's after Harry (signed in) invited her. */
export async function useHarrysLink(world: World) {
  world.notes.set('token', await latestToken(world.store, HARRY));
}
export async function useMinasLink(world: World) {
  await harrySignedIn(world);
  const { invited } = must(await world.store.inviteUsers({ rows: [{ email: MINA, name: 'Mina Sato', preferredLanguage: 'ja', country: 'JP', roles: ['report-viewer'] }] }));
  world.notes.set('minaId', invited[0]?.id ?? '');
  world.notes.set('token', await latestToken(world.store, MINA));
}
const addressOf = (world: World) => (world.notes.has('minaId') ? MINA : HARRY);

/** Ways a link dies: the clock passes day 60, someone uses it, a newer invitation replaces it. */
const expire = async (world: World) => void must(await world.store.advanceClock({ days: 60 }));
export const use = async (world: World) => register(world, addressOf(world));
export async function replace(world: World) {
  const minaId = world.notes.get('minaId');
  if (minaId) must(await world.store.resendUserInvitation({ userId: minaId }));
  else must(await world.store.requestResend({ email: HARRY, agreementNumber: AGREEMENT, purchasingAccountNumber: '5012345678' }));
}

const opening = 'openInvitation';
const creating = 'acceptInvitation';
const openingOutcomes: readonly Outcome[] = [
  done(opening, 'harrysLink', { ok: true, invitation: harryLink }, useHarrysLink),
  done(opening, 'minasLink', { ok: true, invitation: minaLink }, useMinasLink),
  refused(opening, 'expired', { form: 'error.invitation.expired' }, async (world) => (await useHarrysLink(world), expire(world))),
  refused(opening, 'used', { form: 'error.invitation.used' }, async (world) => (await useHarrysLink(world), use(world))),
  refused(opening, 'replaced', { form: 'error.invitation.replaced' }, async (world) => (await useHarrysLink(world), replace(world))),
  refused(opening, 'unknown', { form: 'error.invitation.unknown' }, (world) => void world.notes.set('token', 'no-such-link')),
  { ...rejected(opening), arrange: async (world) => (await useHarrysLink(world), world.rejectNextCall(opening)) },
];

function creatingOutcomes(snapshot: SnapshotFrom<Machine>): Outcome[] {
  const colleague = snapshot.context.invitation?.kind === 'colleague';
  const email = snapshot.context.invitation?.email ?? HARRY;
  const outcomes = [
    done(creating, 'created', { ok: true, session: { user: { email, status: 'active' } } }),
    refused(creating, 'expired', { form: 'error.invitation.expired' }, expire),
    refused(creating, 'used', { form: 'error.invitation.used' }, use),
    refused(creating, 'replaced', { form: 'error.invitation.replaced' }, replace),
    writeFailed(creating),
    rejected(creating),
  ];
  // Removing an invited user withdraws their links; only a colleague's can be withdrawn here.
  const withdraw = async (world: World) => void must(await world.store.removeUser({ userId: world.notes.get('minaId') ?? '' }));
  return colleague ? [...outcomes, refused(creating, 'withdrawn', { form: 'error.invitation.unknown' }, withdraw)] : outcomes;
}

const formEvents: readonly EventFrom<Machine>[] = [
  change('name', ''),
  change('password', PASSWORD),
  change('password', 'short'),
  change('confirmPassword', PASSWORD),
  change('country', 'JP'),
  { type: 'field.blur', field: 'confirmPassword' },
  { type: 'form.check' },
  { type: 'form.submit' },
];

export const invitationModel: ModelDefinition<Machine> = {
  name: 'invitation',
  machine: invitationMachine,
  input: (world) => ({ portal: world?.portal ?? ({} as PortalApi), token: world?.notes.get('token') ?? 'token' }),
  events: (snapshot) => (snapshot.matches('unavailable') ? [{ type: 'link.retry' }] : formEvents),
  outcomes: (snapshot) => (snapshot.matches('opening') ? openingOutcomes : creatingOutcomes(snapshot)),
  project: ({ context }) => ({ values: context.values, errors: context.errors, invited: context.invitation?.email, signedIn: context.session?.user.email }),
  journeys: [
    {
      name: 'Mina opens her colleague invitation and creates her account',
      steps: ['minasLink', change('password', PASSWORD), change('confirmPassword', PASSWORD), { type: 'form.submit' }, 'created'],
    },
    {
      name: 'an incomplete form shows every error on check and cannot be sent',
      steps: ['harrysLink', change('name', ''), { type: 'form.check' }, { type: 'form.submit' }],
    },
  ],
};
