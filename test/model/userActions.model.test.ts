import { expect } from 'vitest';
import type { userActionsMachine } from '../../src/flows/manage-users/userActionsMachine';
import { describeModel } from './harness/describeModel';
import { must } from '../support/model/scenes';
import type { ModelSpec } from '../support/model/spec';
import { MINA, userActionsModel } from '../support/model/userActionsModel';

const spec: ModelSpec<typeof userActionsMachine> = {
  ...userActionsModel,
  async verify(world, snapshot, before) {
    const { outcome } = snapshot.context;
    // Asking, cancelling and refusals change nothing in the store.
    if (snapshot.matches('confirming') || outcome?.kind === 'refused' || outcome === null) return expect(await world.mark()).toEqual(before);
    if (before.revision === (await world.mark()).revision) return; // the outcome shown is an earlier step's
    const users = must(await world.store.listUsers()).users;
    if (outcome.kind === 'removed') return expect(users.map((user) => user.id)).not.toContain(outcome.userId);
    // Resent: a fresh invitation is in Mina's mailbox, and she is still invited.
    expect(users.find((user) => user.email === MINA)?.status).toBe('invited');
    const [latest] = await world.store.getMailbox(MINA);
    expect(latest).toMatchObject({ linkStatus: 'pending' });
    expect((await world.mark()).messages).toBe(before.messages + 1);
  },
};

describeModel(spec);
