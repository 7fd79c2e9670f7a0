import { expect } from 'vitest';
import type { signInMachine } from '../../src/flows/sign-in/signInMachine';
import { describeModel } from './harness/describeModel';
import { signInModel } from '../support/model/signInModel';
import type { ModelSpec } from '../support/model/spec';

const spec: ModelSpec<typeof signInMachine> = {
  ...signInModel,
  async verify(world, snapshot, before) {
    const session = await world.store.getSession();
    if (snapshot.matches('signedIn')) {
      // The store holds the session the page shows (also after a sign-out that failed).
      expect(session?.user.email).toBe(snapshot.context.session?.user.email);
      expect(session?.user.status).toBe('active');
    } else {
      expect(session).toBeNull();
      if (snapshot.matches({ form: 'failed' })) expect(await world.mark()).toEqual(before);
    }
  },
};

describeModel(spec);
