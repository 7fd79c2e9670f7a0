import { expect } from 'vitest';
import { invitationMachine } from '../../src/flows/accept-invitation/invitationMachine';
import { invitationModel } from '../support/model/invitationModel';
import type { ModelSpec } from '../support/model/spec';
import { describeModel } from './harness/describeModel';

const spec: ModelSpec<typeof invitationMachine> = {
  ...invitationModel,
  async verify(world, snapshot, before) {
    const token = world.notes.get('token') ?? '';
    const [opened, session] = [await world.store.openInvitation(token), await world.store.getSession()];
    if (snapshot.matches('dashboard')) {
      // Created: the invited address is an active user, signed in, and the link is used up.
      expect(session?.user).toMatchObject({ email: snapshot.context.invitation?.email, status: 'active', name: snapshot.context.values.name });
      expect(opened).toEqual({ ok: false, errors: { form: 'error.invitation.used' } });
    } else if (snapshot.matches('dead')) {
      // The store says the same of the link as the page does, and keeps saying it.
      expect(opened).toEqual({ ok: false, errors: snapshot.context.errors });
    } else {
      // Still on the form (or not reached): nothing saved, the link still works.
      expect(await world.mark()).toEqual(before);
      expect(opened.ok).toBe(true);
    }
  },
};

describeModel(spec);
