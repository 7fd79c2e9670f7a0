import { expect } from 'vitest';
import { inviteUsersMachine } from '../../src/flows/invite-users/inviteUsersMachine';
import { inviteUsersModel } from '../support/model/inviteUsersModel';
import type { ModelSpec } from '../support/model/spec';
import { describeModel } from './harness/describeModel';

const spec: ModelSpec<typeof inviteUsersMachine> = {
  ...inviteUsersModel,
  async verify(world, snapshot, before) {
    const session = await world.store.getSession();
    if (snapshot.matches('signedOut')) return expect(session).toBeNull();
    if (snapshot.matches('forbidden')) return expect(session?.permissions).not.toContain('users.invite');
    if (snapshot.matches({ form: 'failed' })) expect(await world.mark()).toEqual(before);
    // Everyone the page says it invited is an invited user with an invitation in their mailbox.
    const users = await world.store.listUsers();
    for (const email of snapshot.context.invited.map((user) => user.email)) {
      expect(users.ok && users.users.find((user) => user.email === email)?.status).toBe('invited');
      expect((await world.store.getMailbox(email))[0]).toMatchObject({ kind: 'invitation.colleague', linkStatus: 'pending' });
    }
  },
};

describeModel(spec);
