import { expect } from 'vitest';
import { signOutMachine } from '../../src/machines/signOutMachine';
import type { PortalApi } from '../../src/store/portalApi';
import { describeModel } from './harness/describeModel';
import { HARRY, harrySignedIn } from '../support/model/scenes';
import { done, rejected, writeFailed, type ModelSpec } from '../support/model/spec';

type Machine = typeof signOutMachine;

/** The store could not save: Harry, signed in, stays signed in. */
const failedSave = writeFailed('signOut');

const spec: ModelSpec<Machine> = {
  name: 'signOut',
  machine: signOutMachine,
  input: (world) => ({ portal: world?.portal ?? ({} as PortalApi) }),
  events: (snapshot) => (snapshot.matches('signedIn') ? [{ type: 'session.end' }] : []),
  outcomes: () => [
    done('signOut', 'signedOut', { ok: true }, harrySignedIn),
    { ...failedSave, arrange: async (world) => (await harrySignedIn(world), world.failNextWrite()) },
    { ...rejected('signOut'), arrange: async (world) => (await harrySignedIn(world), world.rejectNextCall('signOut')) },
  ],
  project: ({ context }) => ({ errors: context.errors }),
  journeys: [{ name: 'Harry signs out', steps: [{ type: 'session.end' }, 'signedOut'] }],
  async verify(world, snapshot) {
    const session = await world.store.getSession();
    if (snapshot.matches('signedOut')) expect(session).toBeNull();
    // Refused or out of reach: whoever was signed in still is (the first state: nobody yet asked).
    else if (snapshot.context.errors['form']) expect(session?.user.email).toBe(HARRY);
  },
};

describeModel(spec);
