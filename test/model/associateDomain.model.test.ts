import { expect } from 'vitest';
import type { associateDomainMachine } from '../../src/flows/associate-domain/associateDomainMachine';
import { describeModel } from './harness/describeModel';
import { associateDomainModel } from '../support/model/associateDomainModel';
import { HARRY, must } from '../support/model/scenes';
import type { ModelSpec } from '../support/model/spec';

const spec: ModelSpec<typeof associateDomainMachine> = {
  ...associateDomainModel,
  async verify(world, snapshot, before) {
    const session = await world.store.getSession();
    if (snapshot.matches('signedOut')) return expect(session).toBeNull();
    if (snapshot.matches('forbidden')) return expect(session?.permissions).not.toContain('domains.view');
    if (snapshot.matches('unavailable') || snapshot.matches({ form: 'failed' })) expect(await world.mark()).toEqual(before);
    if (snapshot.matches('unavailable')) return;
    if (snapshot.matches('readOnly')) expect(session?.permissions).not.toContain('domains.manage');
    // The list the page shows is the store's (after a refusal, only if the reload worked: the model
    // compares that list), and Harry may use online services once contoso.com is on it.
    const names = must(await world.store.listDomains()).domains.map((known) => known.name);
    if (!snapshot.matches({ form: 'failed' })) expect(names).toEqual(snapshot.context.domains.map((known) => known.name));
    const harry = (await world.store.listUsers()).ok ? must(await world.store.listUsers()).users.find((user) => user.email === HARRY) : undefined;
    if (harry) expect(harry.canUseOnlineServices).toBe(names.includes('contoso.com'));
  },
};

describeModel(spec);
