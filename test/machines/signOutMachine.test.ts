import { describe, expect, it } from 'vitest';
import { signOutMachine } from '../../src/flows/sign-out/signOutMachine';
import { answer, noPortal, refuse, settled, start, unreachable, type Fake } from './support';

const signOut = (logic: Fake) => start(signOutMachine.provide({ actors: { signOut: logic } }), { portal: noPortal });

describe('signOutMachine', () => {
  it('waits for Sign out, then ends signed out', async () => {
    const actor = signOut(answer({ ok: true }));
    expect(actor.getSnapshot().value).toBe('signedIn');
    actor.send({ type: 'session.end' });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    const snapshot = await settled(actor);
    expect(snapshot.value).toBe('signedOut');
    expect(snapshot.hasTag('done')).toBe(true);
  });

  it('stays signed in with the store’s reason when it refuses, and a second try clears it', async () => {
    const actor = signOut(refuse({ form: 'error.store.writeFailed' }));
    actor.send({ type: 'session.end' });
    const snapshot = await settled(actor);
    expect(snapshot.value).toBe('signedIn');
    expect(snapshot.context.errors).toEqual({ form: 'error.store.writeFailed' });
    actor.send({ type: 'session.end' });
    expect(actor.getSnapshot().context.errors).toEqual({});
  });

  it('says the portal could not be asked when the call rejects', async () => {
    const actor = signOut(unreachable());
    actor.send({ type: 'session.end' });
    expect((await settled(actor)).context.errors).toEqual({ form: 'error.input.invalid' });
  });
});
