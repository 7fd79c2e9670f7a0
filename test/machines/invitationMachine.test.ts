import { describe, expect, it } from 'vitest';
import { invitationMachine } from '../../src/flows/accept-invitation/invitationMachine';
import { answer, noPortal, pending, recording, refuse, settled, start, unreachable, type Fake } from './support';

const invitation = { email: 'harry@contoso.com', name: 'Harry Roldan', country: 'US', organization: 'Contoso', agreementNumber: '1234567890', kind: 'purchasing-administrator', roles: ['account-administrator'], expiresAt: '2016-12-31T09:00:00.000Z' };
const session = { user: { email: 'harry@contoso.com', status: 'active' } };
const complete = { password: 'Contoso2016!', confirmPassword: 'Contoso2016!' };

function opened(acceptInvitation: Fake = pending(), openInvitation: Fake = answer({ ok: true, invitation })) {
  return start(invitationMachine.provide({ actors: { openInvitation, acceptInvitation } }), { portal: noPortal, token: 'link-1' });
}

async function readyToStart(acceptInvitation?: Fake) {
  const actor = opened(acceptInvitation);
  await settled(actor);
  for (const [field, value] of Object.entries(complete)) actor.send({ type: 'field.change', field, value });
  return actor;
}

describe('invitationMachine', () => {
  it('opens the link and shows the form with the invited name and country', async () => {
    const call = recording({ ok: true, invitation: { ...invitation, country: null } });
    const actor = start(invitationMachine.provide({ actors: { openInvitation: call.logic } }), { portal: noPortal, token: 'link-1' });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    const snapshot = await settled(actor);
    expect(call.inputs).toEqual([{ portal: noPortal, token: 'link-1' }]);
    expect(snapshot.value).toEqual({ form: 'editing' });
    expect(snapshot.context.invitation?.email).toBe('harry@contoso.com');
    expect(snapshot.context.values).toEqual({ name: 'Harry Roldan', password: '', confirmPassword: '', country: '' });
    expect(snapshot.can({ type: 'form.submit' })).toBe(false);
  });

  it.each([
    ['error.invitation.expired', 'expired'],
    ['error.invitation.used', 'used'],
    ['error.invitation.replaced', 'replaced'],
    ['error.invitation.unknown', 'unknown'],
  ] as const)('shows a dead link (%s) as dead.%s', async (key, state) => {
    const snapshot = await settled(opened(pending(), refuse({ form: key })));
    expect(snapshot.value).toEqual({ dead: state });
    expect(snapshot.hasTag('failed')).toBe(true);
    expect(snapshot.context.errors).toEqual({ form: key });
    expect(snapshot.can({ type: 'form.submit' })).toBe(false);
  });

  it('offers a retry when the store could not be asked', async () => {
    const actor = opened(pending(), unreachable());
    expect((await settled(actor)).value).toBe('unavailable');
    expect(actor.getSnapshot().context.errors).toEqual({ form: 'error.input.invalid' });
    actor.send({ type: 'link.retry' });
    expect(actor.getSnapshot().value).toBe('opening');
    const other = opened(pending(), refuse({ form: 'error.input.invalid' }));
    expect((await settled(other)).value).toBe('unavailable');
  });

  it('asks about an empty token when none was given (the store then says the link is unknown)', () => {
    const call = recording({ ok: true, invitation });
    start(invitationMachine.provide({ actors: { openInvitation: call.logic } }), { portal: noPortal });
    expect(call.inputs).toEqual([{ portal: noPortal, token: '' }]);
  });

  it('checks the form with the domain rules: password policy, confirmation, country (no terms box: Start accepts them)', async () => {
    const actor = opened();
    await settled(actor);
    actor.send({ type: 'field.change', field: 'password', value: 'contoso' });
    actor.send({ type: 'field.change', field: 'confirmPassword', value: 'Contoso' });
    actor.send({ type: 'field.change', field: 'country', value: 'XX' });
    actor.send({ type: 'field.change', field: 'termsAccepted', value: true }); // not a field: choosing Start accepts the terms
    actor.send({ type: 'field.blur', field: 'name' }); // left untouched: no error
    actor.send({ type: 'field.change', field: 'email', value: 'someone@else.com' }); // the address is fixed
    for (const field of ['password', 'confirmPassword', 'country', 'email']) actor.send({ type: 'field.blur', field });
    const { context } = actor.getSnapshot();
    expect(context.values).not.toHaveProperty('termsAccepted');
    expect(context.errors).toEqual({
      password: 'error.password.tooShort',
      confirmPassword: 'error.confirmPassword.mismatch',
      country: 'error.country.unknown',
    });
    actor.send({ type: 'form.check' });
    expect(actor.getSnapshot().context.checked).toBe(true);
  });

  it('creates the account and lands on the dashboard, signed in', async () => {
    const call = recording({ ok: true, session });
    const actor = await readyToStart(call.logic);
    expect(actor.getSnapshot().can({ type: 'form.submit' })).toBe(true);
    actor.send({ type: 'form.submit' });
    const snapshot = await settled(actor);
    expect(snapshot.value).toBe('dashboard');
    expect(snapshot.hasTag('done')).toBe(true);
    expect(snapshot.context.session).toEqual(session);
    expect(call.inputs).toEqual([{ portal: noPortal, token: 'link-1', values: { name: 'Harry Roldan', country: 'US', ...complete } }]);
  });

  it('keeps what was typed when the store cannot save, and says why', async () => {
    const actor = await readyToStart(refuse({ form: 'error.store.writeFailed' }));
    actor.send({ type: 'form.submit' });
    const snapshot = await settled(actor);
    expect(snapshot.value).toEqual({ form: 'failed' });
    expect(snapshot.context.errors).toEqual({ form: 'error.store.writeFailed' });
    expect(snapshot.context.values).toMatchObject(complete);
  });

  it('shows a link that died while the form was open (another tab used it)', async () => {
    const actor = await readyToStart(refuse({ form: 'error.invitation.used' }));
    actor.send({ type: 'form.submit' });
    expect((await settled(actor)).value).toEqual({ dead: 'used' });
  });
});
