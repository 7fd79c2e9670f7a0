import { expect } from 'vitest';
import type { signOutMachine } from '../../src/flows/sign-out/signOutMachine';
import { describeModel } from './harness/describeModel';
import { HARRY } from '../support/model/scenes';
import { signOutModel } from '../support/model/signOutModel';
import type { ModelSpec } from '../support/model/spec';

const spec: ModelSpec<typeof signOutMachine> = {
  ...signOutModel,
  async verify(world, snapshot, before) {
    const session = await world.store.getSession();
    if (snapshot.matches('signedOut')) return expect(session).toBeNull();
    // Refused: Harry is still signed in, and nothing changed.
    if (snapshot.context.errors['form']) {
      expect(session?.user.email).toBe(HARRY);
      expect(await world.mark()).toEqual(before);
    }
  },
};

describeModel(spec);
