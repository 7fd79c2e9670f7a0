import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { resendRequestMachine } from '../../src/flows/resend-request/resendRequestMachine';
import type { PortalApi } from '../../src/store/portalApi';
import { answer, noPortal, pending, recording, refuse, settled, start, unreachable } from './support';

const right = { email: 'harry@contoso.com', agreementNumber: '1234567890', purchasingAccountNumber: '5012345678' };

function filledIn(machine = resendRequestMachine) {
  const actor = start(machine, { portal: noPortal });
  for (const [field, value] of Object.entries(right)) actor.send({ type: 'field.change', field, value });
  return actor;
}

describe('resendRequestMachine', () => {
  it('starts editing, shows no error until a field is touched, and cannot be submitted empty', () => {
    const snapshot = start(resendRequestMachine, { portal: noPortal }).getSnapshot();
    expect(snapshot.value).toEqual({ form: 'editing' });
    expect(snapshot.hasTag('editing')).toBe(true);
    expect(snapshot.context.errors).toEqual({});
    expect(snapshot.can({ type: 'form.submit' })).toBe(false);
  });

  it('checks a field with the domain rules once it was changed and left, or on a submit attempt', () => {
    const actor = start(resendRequestMachine, { portal: noPortal });
    actor.send({ type: 'field.change', field: 'email', value: 'harry@outlook.com' });
    expect(actor.getSnapshot().context.errors).toEqual({});
    actor.send({ type: 'field.blur', field: 'email' });
    expect(actor.getSnapshot().context.errors).toEqual({ email: 'error.email.personal' });
    actor.send({ type: 'field.blur', field: 'agreementNumber' }); // tabbed past, never changed
    expect(actor.getSnapshot().context.errors).toEqual({ email: 'error.email.personal' });
    actor.send({ type: 'form.check' });
    expect(actor.getSnapshot().context.errors).toEqual({
      email: 'error.email.personal',
      agreementNumber: 'error.agreementNumber.empty',
      purchasingAccountNumber: 'error.purchasingAccountNumber.empty',
    });
    actor.send({ type: 'field.change', field: 'purchasingAccountNumber', value: '５０１２３４５６７８' }); // full-width digits count
    expect(actor.getSnapshot().context.errors['purchasingAccountNumber']).toBeUndefined();
  });

  it('ignores unknown fields and events, and takes anything but text as empty', () => {
    const actor = start(resendRequestMachine, { portal: noPortal });
    actor.send({ type: 'field.change', field: 'password', value: 'x' });
    actor.send({ type: 'field.blur', field: 'toString' });
    actor.send({ type: 'no.such.event' } as never);
    expect(actor.getSnapshot().context.values).toEqual({ email: '', agreementNumber: '', purchasingAccountNumber: '' });
    expect(actor.getSnapshot().can({ type: 'field.change', field: 'password', value: 'x' })).toBe(false);
    actor.send({ type: 'field.change', field: 'email', value: { evil: true } });
    actor.send({ type: 'field.blur', field: 'email' });
    expect(actor.getSnapshot().context).toMatchObject({ values: { email: '' }, errors: { email: 'error.email.empty' } });
  });

  it('submits the typed values once the form is complete, and is busy meanwhile', () => {
    const call = recording({ ok: true, notice: 'notice.resend.received' });
    const actor = filledIn(resendRequestMachine.provide({ actors: { requestResend: pending() } }));
    expect(actor.getSnapshot().can({ type: 'form.submit' })).toBe(true);
    actor.send({ type: 'form.submit' });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    const recorded = filledIn(resendRequestMachine.provide({ actors: { requestResend: call.logic } }));
    recorded.send({ type: 'form.submit' });
    expect(call.inputs).toEqual([{ portal: noPortal, values: right }]);
  });

  it('ends on the store\'s neutral answer, matched or not', async () => {
    const actor = filledIn(resendRequestMachine.provide({ actors: { requestResend: answer({ ok: true, notice: 'notice.resend.received' }) } }));
    actor.send({ type: 'form.submit' });
    const snapshot = await settled(actor);
    expect(snapshot.value).toBe('sent');
    expect(snapshot.hasTag('done')).toBe(true);
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.notice).toBe('notice.resend.received');
  });

  it.each([
    ['a failing store write', refuse({ form: 'error.store.writeFailed' }), 'error.store.writeFailed'],
    ['an unreachable portal', unreachable(), 'error.input.invalid'],
  ])('on %s shows the key and keeps the input', async (_, logic, key) => {
    const actor = filledIn(resendRequestMachine.provide({ actors: { requestResend: logic } }));
    actor.send({ type: 'form.submit' });
    const snapshot = await settled(actor);
    expect(snapshot.value).toEqual({ form: 'failed' });
    expect(snapshot.hasTag('failed')).toBe(true);
    expect(snapshot.context.errors).toEqual({ form: key });
    expect(snapshot.context.values).toEqual(right);
    expect(snapshot.can({ type: 'form.submit' })).toBe(true);
    // Changing anything leaves `failed` and clears the form-wide refusal.
    actor.send({ type: 'field.change', field: 'email', value: 'HARRY@contoso.com' });
    expect(actor.getSnapshot().value).toEqual({ form: 'editing' });
    expect(actor.getSnapshot().context.errors).toEqual({});
  });

  it('calls the portal it was given, and survives being given none', async () => {
    const requestResend = vi.fn(async () => ({ ok: true as const, notice: 'notice.resend.received' as const }));
    const actor = createActor(resendRequestMachine, { input: { portal: { requestResend } as unknown as PortalApi } }).start();
    for (const [field, value] of Object.entries(right)) actor.send({ type: 'field.change', field, value });
    actor.send({ type: 'form.submit' });
    expect((await settled(actor)).value).toBe('sent');
    expect(requestResend).toHaveBeenCalledWith(right);

    const orphan = filledIn();
    orphan.send({ type: 'form.submit' });
    expect((await settled(orphan)).context.errors).toEqual({ form: 'error.input.invalid' });
  });
});
