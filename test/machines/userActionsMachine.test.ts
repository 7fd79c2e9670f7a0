import { describe, expect, it } from 'vitest';
import { rowOffers, userActionsMachine } from '../../src/flows/manage-users/userActionsMachine';
import { answer, noPortal, pending, recording, refuse, sessionOf, settled, start, unreachable, type Fake } from './support';

const mina = { id: 'u2', name: 'Mina Sato', status: 'invited' } as const;
const harry = { id: 'u1', name: 'Harry Roldan', status: 'active' } as const;
const administrator = sessionOf(['account-administrator']);

function actions(actors: { resend?: Fake; remove?: Fake } = {}, session: unknown = administrator) {
  return start(userActionsMachine.provide({ actors: { resend: actors.resend ?? pending(), remove: actors.remove ?? pending() } }), { portal: noPortal, session: session as never });
}

describe('userActionsMachine', () => {
  it('offers Resend for a user not yet active, and Remove, only when the session may', () => {
    const actor = actions();
    const snapshot = actor.getSnapshot();
    expect(snapshot.can({ type: 'invitation.resend', user: mina })).toBe(true);
    expect(snapshot.can({ type: 'invitation.resend', user: harry })).toBe(false);
    expect(snapshot.can({ type: 'remove.ask', user: harry })).toBe(true);
    actor.send({ type: 'session.changed', session: sessionOf(['report-viewer']) as never });
    expect(actor.getSnapshot().can({ type: 'invitation.resend', user: mina })).toBe(false);
    expect(actor.getSnapshot().can({ type: 'remove.ask', user: mina })).toBe(false);
    expect(actions({}, null).getSnapshot().can({ type: 'remove.ask', user: mina })).toBe(false);
  });

  it('keeps offering the same buttons while the store answers, and drops clicks meanwhile', () => {
    const actor = actions();
    actor.send({ type: 'invitation.resend', user: mina });
    const busy = actor.getSnapshot();
    expect(busy.value).toBe('resending');
    expect([rowOffers(busy.context, mina).resend, rowOffers(busy.context, harry).remove, rowOffers(busy.context, harry).resend]).toEqual([true, true, false]);
    actor.send({ type: 'remove.ask', user: harry });
    expect(actor.getSnapshot().value).toBe('resending');
    expect(actor.getSnapshot().context.subject).toEqual(mina);
  });

  it('resends the invitation and says to which address', async () => {
    const call = recording({ ok: true, user: { email: 'mina@contoso.com' } });
    const actor = actions({ resend: call.logic });
    actor.send({ type: 'invitation.resend', user: mina });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    const snapshot = await settled(actor);
    expect(call.inputs).toEqual([{ portal: noPortal, userId: 'u2' }]);
    expect(snapshot.value).toBe('idle');
    expect(snapshot.context.outcome).toEqual({ kind: 'resent', email: 'mina@contoso.com' });
  });

  it('shows a refused resend with the store’s key, and an unreachable store as error.input.invalid', async () => {
    const refused = actions({ resend: refuse({ form: 'error.auth.forbidden' }) });
    refused.send({ type: 'invitation.resend', user: mina });
    expect((await settled(refused)).context.outcome).toEqual({ kind: 'refused', action: 'resend', userId: 'u2', error: 'error.auth.forbidden' });
    const lost = actions({ resend: unreachable() });
    lost.send({ type: 'invitation.resend', user: mina });
    expect((await settled(lost)).context.outcome).toMatchObject({ error: 'error.input.invalid' });
  });

  it('asks before removing; Cancel keeps the user; another row’s Remove asks about that user', () => {
    const actor = actions();
    actor.send({ type: 'remove.ask', user: mina });
    expect(actor.getSnapshot().value).toBe('confirming');
    expect(actor.getSnapshot().context.subject).toEqual(mina);
    actor.send({ type: 'remove.ask', user: harry });
    expect(actor.getSnapshot().context.subject).toEqual(harry);
    actor.send({ type: 'remove.cancel' });
    expect(actor.getSnapshot().value).toBe('idle');
    expect(actor.getSnapshot().context.subject).toBeNull();
    actor.send({ type: 'remove.confirm' });
    expect(actor.getSnapshot().value).toBe('idle');
  });

  it('removes on confirm and says who was removed', async () => {
    const call = recording({ ok: true });
    const actor = actions({ remove: call.logic });
    actor.send({ type: 'remove.ask', user: mina });
    actor.send({ type: 'remove.confirm' });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    const snapshot = await settled(actor);
    expect(call.inputs).toEqual([{ portal: noPortal, userId: 'u2' }]);
    expect(snapshot.context.outcome).toEqual({ kind: 'removed', userId: 'u2', name: 'Mina Sato' });
    expect(snapshot.context.subject).toBeNull();
  });

  it('says why a removal was refused, for that row', async () => {
    const actor = actions({ remove: refuse({ form: 'error.user.lastAccountAdministrator' }) });
    actor.send({ type: 'remove.ask', user: harry });
    actor.send({ type: 'remove.confirm' });
    const snapshot = await settled(actor);
    expect(snapshot.value).toBe('idle');
    expect(snapshot.context.outcome).toEqual({ kind: 'refused', action: 'remove', userId: 'u1', error: 'error.user.lastAccountAdministrator' });
  });

  it('resending from an open confirmation closes it', async () => {
    const actor = actions({ resend: answer({ ok: true, user: { email: 'mina@contoso.com' } }) });
    actor.send({ type: 'remove.ask', user: harry });
    actor.send({ type: 'invitation.resend', user: mina });
    const snapshot = await settled(actor);
    expect(snapshot.value).toBe('idle');
    expect(snapshot.context.outcome).toEqual({ kind: 'resent', email: 'mina@contoso.com' });
  });
});
