import { signOutMachine } from '../../../src/flows/sign-out/signOutMachine';
import type { PortalApi } from '../../../src/store/portalApi';
import { harrySignedIn } from './scenes';
import { done, rejected, writeFailed, type ModelDefinition, type Outcome } from './spec';

type Machine = typeof signOutMachine;

/** Each answer of the store to Sign out, with Harry signed in beforehand (the button is his). */
const signOutOutcomes: readonly Outcome[] = [done('signOut', 'signedOut', { ok: true }), writeFailed('signOut'), rejected('signOut')].map((outcome) => ({
  ...outcome,
  arrange: async (world) => {
    await harrySignedIn(world);
    await outcome.arrange?.(world);
  },
}));

/** The Sign out button of the signed-in portal as a model: shared by the Vitest model test and the e2e replay. */
export const signOutModel: ModelDefinition<Machine> = {
  name: 'signOut',
  machine: signOutMachine,
  input: (world) => ({ portal: world?.portal ?? ({} as PortalApi) }),
  events: (snapshot) => (snapshot.matches('signedIn') ? [{ type: 'session.end' }] : []),
  outcomes: () => signOutOutcomes,
  project: ({ context }) => ({ errors: context.errors }),
};
