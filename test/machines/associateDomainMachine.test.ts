import { describe, expect, it } from 'vitest';
import { associateDomainMachine } from '../../src/flows/associate-domain/associateDomainMachine';
import { answer, inTurn, noPortal, pending, recording, refuse, sessionOf, settled, start, unreachable, type Fake } from './support';

const contoso = { name: 'contoso.com', associatedAt: '2016-11-01T09:00:00.000Z' };
const fabrikam = { name: 'fabrikam.com', associatedAt: '2016-11-02T09:00:00.000Z' };
const session = (roles: readonly string[]) => sessionOf(roles);
const administrator = { session: session(['account-administrator']), domains: [contoso] };

async function ready(actors: { associateDomain?: Fake; removeDomain?: Fake; reload?: unknown } = {}) {
  // The first load answers the list; a reload after a refusal answers `reload` (default: the same list).
  const machine = associateDomainMachine.provide({
    actors: {
      loadDomains: inTurn(administrator, actors.reload ?? administrator),
      associateDomain: actors.associateDomain ?? pending(),
      removeDomain: actors.removeDomain ?? pending(),
    },
  });
  const actor = start(machine, { portal: noPortal });
  await settled(actor);
  return actor;
}
type Ready = Awaited<ReturnType<typeof ready>>;
const typeDomain = (actor: Ready, value: unknown) => actor.send({ type: 'field.change', field: 'domain', value });

describe('associateDomainMachine', () => {
  it.each([
    ['signedOut', answer({ session: null, domains: [] })],
    ['forbidden', answer({ session: session(['report-viewer']), domains: [] })],
    ['readOnly', answer({ session: session(['account-manager']), domains: [contoso] })],
    ['unavailable', unreachable()],
  ])('loads to %s by the session’s permissions', async (state, loadDomains) => {
    const actor = start(associateDomainMachine.provide({ actors: { loadDomains } }), { portal: noPortal });
    const snapshot = await settled(actor);
    expect(snapshot.value).toBe(state);
    if (state === 'readOnly') expect(snapshot.context.domains).toEqual([contoso]);
    actor.send({ type: 'load.retry' });
    expect(actor.getSnapshot().value).toBe(state === 'unavailable' ? 'loading' : state);
  });

  it('checks a new domain with the domain rules, the associated ones included', async () => {
    const actor = await ready();
    const cases: [unknown, string | undefined][] = [['contoso', 'error.domain.malformed'], ['outlook.com', 'error.domain.personal'], [' Contoso.com. ', 'error.domain.duplicate'], [7, 'error.domain.empty'], ['fabrikam.com', undefined]];
    for (const [value, key] of cases) {
      typeDomain(actor, value);
      actor.send({ type: 'field.blur', field: 'domain' });
      expect(actor.getSnapshot().context.errors['domain']).toBe(key);
    }
    actor.send({ type: 'field.change', field: 'name', value: 'x' });
    actor.send({ type: 'field.blur', field: 'domain' });
    actor.send({ type: 'form.check' });
    expect(actor.getSnapshot().can({ type: 'form.submit' })).toBe(true);
  });

  it('associates, then shows what changed', async () => {
    const call = recording({ ok: true, domains: [contoso, fabrikam] });
    const actor = await ready({ associateDomain: call.logic });
    typeDomain(actor, 'Fabrikam.com');
    actor.send({ type: 'form.submit' });
    const snapshot = await settled(actor);
    expect(call.inputs).toEqual([{ portal: noPortal, domain: 'Fabrikam.com' }]);
    expect(snapshot.value).toEqual({ form: 'done' });
    expect(snapshot.context).toMatchObject({ domains: [contoso, fabrikam], change: { kind: 'associated', domain: 'fabrikam.com' }, values: { domain: '' } });
  });

  it('after associating, leaving the emptied field (the click on Associate ends after the answer) shows no error', async () => {
    const actor = await ready({ associateDomain: answer({ ok: true, domains: [contoso, fabrikam] }) });
    typeDomain(actor, 'fabrikam.com');
    actor.send({ type: 'form.check' });
    actor.send({ type: 'form.submit' });
    await settled(actor);
    actor.send({ type: 'field.blur', field: 'domain' });
    expect(actor.getSnapshot().hasTag('done')).toBe(true);
    expect(actor.getSnapshot().context.errors).toEqual({});
    // Typing again is a new attempt: its errors show as usual, once the field is left.
    typeDomain(actor, 'contoso');
    expect(actor.getSnapshot().context.errors).toEqual({});
    actor.send({ type: 'field.blur', field: 'domain' });
    expect(actor.getSnapshot().context.errors).toEqual({ domain: 'error.domain.malformed' });
  });

  it('removes only an associated domain', async () => {
    const call = recording({ ok: true, domains: [] });
    const actor = await ready({ removeDomain: call.logic });
    expect(actor.getSnapshot().can({ type: 'domain.remove', domain: 'fabrikam.com' })).toBe(false);
    actor.send({ type: 'domain.remove', domain: 'CONTOSO.com' });
    const snapshot = await settled(actor);
    expect(call.inputs).toEqual([{ portal: noPortal, domain: 'contoso.com' }]);
    expect(snapshot.context).toMatchObject({ domains: [], change: { kind: 'removed', domain: 'contoso.com' } });
  });

  it('after a refusal reads the list again and shows the key (form-wide for a removal)', async () => {
    const removeDomain = refuse({ domain: 'error.domain.unknown' });
    const actor = await ready({ removeDomain, reload: { session: administrator.session, domains: [] } });
    actor.send({ type: 'domain.remove', domain: 'contoso.com' });
    const snapshot = await settled(actor);
    expect(snapshot.value).toEqual({ form: 'failed' });
    expect(snapshot.context.errors).toEqual({ form: 'error.domain.unknown' });
    expect(snapshot.context.domains).toEqual([]);
  });

  it('keeps the typed domain when the store cannot save, even if the list cannot be read again', async () => {
    const actor = await ready({ associateDomain: refuse({ form: 'error.store.writeFailed' }), reload: new Error('portal unreachable') });
    typeDomain(actor, 'fabrikam.com');
    actor.send({ type: 'form.submit' });
    const snapshot = await settled(actor);
    expect(snapshot.value).toEqual({ form: 'failed' });
    expect(snapshot.context).toMatchObject({ values: { domain: 'fabrikam.com' }, errors: { form: 'error.store.writeFailed' }, domains: [contoso] });
  });
});
