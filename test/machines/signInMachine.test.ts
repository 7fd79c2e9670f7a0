import { describe, expect, it } from 'vitest';
import { signInMachine } from '../../src/flows/sign-in/signInMachine';
import { answer, noPortal, recording, refuse, settled, start, unreachable, type Fake } from './support';

const session = { user: { email: 'harry@contoso.com' } };

function signIn(actors: { getSession?: Fake; signIn?: Fake; signOut?: Fake }) {
  return start(signInMachine.provide({ actors: { getSession: answer(null), ...actors } }), { portal: noPortal });
}
function typeIn(actor: ReturnType<typeof signIn>, email = 'harry@contoso.com', password = 'anything') {
  actor.send({ type: 'field.change', field: 'email', value: email });
  actor.send({ type: 'field.change', field: 'password', value: password });
}

describe('signInMachine', () => {
  it('goes straight to signedIn when someone already is', async () => {
    const snapshot = await settled(signIn({ getSession: answer(session) }));
    expect(snapshot.value).toBe('signedIn');
    expect(snapshot.context.session).toEqual(session);
  });

  it.each([['nobody signed in', answer(null)], ['the store out of reach', unreachable()]])('shows the form with %s', async (_, getSession) => {
    expect((await settled(signIn({ getSession }))).value).toEqual({ form: 'editing' });
  });

  it('asks for a work account and a password, not the password policy', async () => {
    const actor = signIn({});
    await settled(actor);
    typeIn(actor, 'harry@hotmail.co.uk', 'x');
    expect(actor.getSnapshot().context.errors).toEqual({}); // nothing while typing
    actor.send({ type: 'field.blur', field: 'email' });
    actor.send({ type: 'field.blur', field: 'password' });
    expect(actor.getSnapshot().context.errors).toEqual({ email: 'error.email.personal' });
    typeIn(actor, 'harry@contoso.com', '');
    expect(actor.getSnapshot().context.errors).toEqual({ password: 'error.password.empty' });
    typeIn(actor, 'harry@contoso.com', 'x');
    actor.send({ type: 'field.change', field: 'remember', value: true });
    actor.send({ type: 'field.blur', field: 'email' });
    actor.send({ type: 'form.check' });
    expect(actor.getSnapshot().context.errors).toEqual({});
    expect(actor.getSnapshot().can({ type: 'form.submit' })).toBe(true);
  });

  it('signs in and forgets the password', async () => {
    const call = recording({ ok: true, session });
    const actor = signIn({ signIn: call.logic });
    await settled(actor);
    typeIn(actor, 'harry@contoso.com', 'Contoso2016!');
    actor.send({ type: 'form.submit' });
    const snapshot = await settled(actor);
    expect(call.inputs).toEqual([{ portal: noPortal, values: { email: 'harry@contoso.com', password: 'Contoso2016!' } }]);
    expect(snapshot.value).toBe('signedIn');
    expect(snapshot.hasTag('done')).toBe(true);
    expect(snapshot.context.values.password).toBe('');
  });

  it.each(['error.signIn.notInvited', 'error.signIn.invitationPending', 'error.signIn.invitationExpired', 'error.signIn.badCredentials', 'error.store.writeFailed'] as const)(
    'shows %s and keeps what was typed',
    async (key) => {
      const actor = signIn({ signIn: refuse({ form: key }) });
      await settled(actor);
      typeIn(actor);
      actor.send({ type: 'form.submit' });
      const snapshot = await settled(actor);
      expect(snapshot.value).toEqual({ form: 'failed' });
      expect(snapshot.context.errors).toEqual({ form: key });
      expect(snapshot.context.values).toEqual({ email: 'harry@contoso.com', password: 'anything' });
    },
  );

  it('signs out back to an empty form', async () => {
    const actor = signIn({ getSession: answer(session), signOut: answer({ ok: true }) });
    await settled(actor);
    actor.send({ type: 'session.end' });
    const snapshot = await settled(actor);
    expect(snapshot.value).toEqual({ form: 'editing' });
    expect(snapshot.context.session).toBeNull();
  });

  it.each([
    ['a failed save', refuse({ form: 'error.store.writeFailed' }), 'error.store.writeFailed'],
    ['an unreachable store', unreachable(), 'error.input.invalid'],
  ])('stays signed in after %s and says why', async (_, signOut, key) => {
    const actor = signIn({ getSession: answer(session), signOut });
    await settled(actor);
    actor.send({ type: 'session.end' });
    const snapshot = await settled(actor);
    expect(snapshot.value).toBe('signedIn');
    expect(snapshot.context.errors).toEqual({ form: key });
  });
});
