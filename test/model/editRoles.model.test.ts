import { expect } from 'vitest';
import type { editRolesMachine } from '../../src/flows/manage-users/editRolesMachine';
import { describeModel } from './harness/describeModel';
import { editRolesModel } from '../support/model/editRolesModel';
import { must } from '../support/model/scenes';
import type { ModelSpec } from '../support/model/spec';

const spec: ModelSpec<typeof editRolesMachine> = {
  ...editRolesModel,
  async verify(world, snapshot, before) {
    const session = await world.store.getSession();
    if (snapshot.matches('signedOut')) return expect(session).toBeNull();
    if (snapshot.matches('forbidden')) return expect(session?.permissions).not.toContain('users.manage');
    if (snapshot.matches('unavailable')) return expect(await world.mark()).toEqual(before);
    const users = must(await world.store.listUsers()).users;
    const stored = users.find((user) => user.id === world.notes.get('userId'));
    if (snapshot.matches('missing')) return expect(stored).toBeUndefined();
    if (snapshot.matches({ form: 'failed' })) expect(await world.mark()).toEqual(before);
    // The roles the page calls saved are the store's (a withdrawn user has none left to show).
    if (!(snapshot.matches({ form: 'failed' }) && snapshot.context.errors['form'] === 'error.user.unknown')) expect(stored?.roles).toEqual(snapshot.context.user?.roles);
    else expect(stored).toBeUndefined();
  },
};

describeModel(spec);
