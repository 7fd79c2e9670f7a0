import { describe, expect, it } from 'vitest';
import { partnerConsoleMachine } from '../../src/flows/partner-console/partnerConsoleMachine';
import { answer, noPortal, pending, recording, refuse, settled, start, unreachable, type Fake } from './support';

const administrator = { name: 'Harry Roldan', email: 'harry@contoso.com', preferredLanguage: 'en' };
const agreement = { agreementNumber: '1234567890', purchasingAccountAdministrator: administrator, administratorStatus: 'invited' };
const answered = (notice: string, change = {}) => answer({ ok: true, notice, agreement: { ...agreement, ...change } });

async function found(actors: { resend?: Fake; replace?: Fake; correct?: Fake } = {}) {
  const machine = partnerConsoleMachine.provide({ actors: { find: answer({ ok: true, agreement }), resend: pending(), replace: pending(), correct: pending(), ...actors } });
  const actor = start(machine, { portal: noPortal });
  actor.send({ type: 'field.change', field: 'agreementNumber', value: '１２３４５６７８９０' });
  actor.send({ type: 'form.submit' });
  await settled(actor);
  return actor;
}
type Found = Awaited<ReturnType<typeof found>>;
const type = (actor: Found, values: Record<string, string>) => {
  for (const [field, value] of Object.entries(values)) actor.send({ type: 'field.change', field, value });
};

describe('partnerConsoleMachine', () => {
  it('looks an agreement up by a well-formed number only', async () => {
    const call = recording({ ok: true, agreement });
    const actor = start(partnerConsoleMachine.provide({ actors: { find: call.logic } }), { portal: noPortal });
    type(actor as Found, { agreementNumber: '12', name: 'ignored here' });
    actor.send({ type: 'field.blur', field: 'agreementNumber' });
    actor.send({ type: 'form.check' });
    expect(actor.getSnapshot().context.errors).toEqual({ agreementNumber: 'error.agreementNumber.format' });
    expect(actor.getSnapshot().can({ type: 'form.submit' })).toBe(false);
    type(actor as Found, { agreementNumber: '1234567890' });
    actor.send({ type: 'form.submit' });
    const snapshot = await settled(actor);
    expect(call.inputs).toEqual([{ portal: noPortal, agreementNumber: '1234567890' }]);
    expect(snapshot.value).toEqual({ agreement: 'idle' });
    expect(snapshot.context.agreement).toEqual(agreement);
  });

  it.each([
    ['not found', refuse({ form: 'error.partner.agreementNotFound' }), 'error.partner.agreementNotFound'],
    ['out of reach', unreachable(), 'error.input.invalid'],
  ])('says so when the agreement is %s', async (_, find, key) => {
    const actor = start(partnerConsoleMachine.provide({ actors: { find } }), { portal: noPortal });
    type(actor as Found, { agreementNumber: '9999999999' });
    actor.send({ type: 'form.submit' });
    const snapshot = await settled(actor);
    expect(snapshot.value).toEqual({ lookup: 'failed' });
    expect(snapshot.context).toMatchObject({ errors: { form: key }, values: { agreementNumber: '9999999999' } });
  });

  it('resends the invitation and shows the notice, or the refusal', async () => {
    const actor = await found({ resend: answered('notice.invitation.sent') });
    actor.send({ type: 'invitation.resend' });
    expect((await settled(actor)).context).toMatchObject({ notice: 'notice.invitation.sent', errors: {} });
    const failing = await found({ resend: refuse({ form: 'error.store.writeFailed' }) });
    failing.send({ type: 'invitation.resend' });
    const snapshot = await settled(failing);
    expect(snapshot.value).toEqual({ agreement: 'idle' });
    expect(snapshot.context).toMatchObject({ notice: null, errors: { form: 'error.store.writeFailed' } });
  });

  it('names another administrator: the form starts empty, language included; the current address is refused once the field is left; the store’s refusal keeps the input', async () => {
    const actor = await found({ replace: refuse({ email: 'error.email.alreadyUser' }) });
    actor.send({ type: 'administrator.replace' });
    expect(actor.getSnapshot().context.values).toMatchObject({ name: '', email: '', preferredLanguage: '' });
    type(actor, { name: 'Harry Roldan', email: 'harry@contoso.com', preferredLanguage: 'en', agreementNumber: 'not a field here' });
    expect(actor.getSnapshot().context.errors).toEqual({});
    actor.send({ type: 'field.blur', field: 'email' });
    expect(actor.getSnapshot().context.errors).toEqual({ email: 'error.email.sameAsCurrent' });
    expect(actor.getSnapshot().can({ type: 'form.submit' })).toBe(false);
    type(actor, { name: 'Mina Sato', email: 'mina@contoso.com' });
    actor.send({ type: 'field.blur', field: 'email' });
    actor.send({ type: 'form.check' });
    actor.send({ type: 'form.submit' });
    const snapshot = await settled(actor);
    expect(snapshot.value).toEqual({ agreement: { replacing: 'failed' } });
    expect(snapshot.context).toMatchObject({ errors: { email: 'error.email.alreadyUser' }, values: { name: 'Mina Sato', agreementNumber: '１２３４５６７８９０' } });
    actor.send({ type: 'form.cancel' });
    expect(actor.getSnapshot().value).toEqual({ agreement: 'idle' });
  });

  it('names another administrator and shows the agreement as the store answers it', async () => {
    const mina = { name: 'Mina Sato', email: 'mina@contoso.com', preferredLanguage: 'ja' };
    const call = recording({ ok: true, notice: 'notice.invitation.sent', agreement: { ...agreement, purchasingAccountAdministrator: mina } });
    const actor = await found({ replace: call.logic });
    actor.send({ type: 'administrator.replace' });
    type(actor, { name: 'Mina Sato', email: 'mina@outlook.com', preferredLanguage: 'ja' });
    actor.send({ type: 'field.blur', field: 'email' });
    expect(actor.getSnapshot().context.errors).toEqual({ email: 'error.email.personal' });
    type(actor, { email: 'mina@contoso.com' });
    actor.send({ type: 'form.submit' });
    const snapshot = await settled(actor);
    expect(call.inputs).toEqual([{ portal: noPortal, agreementNumber: '1234567890', values: { agreementNumber: '１２３４５６７８９０', ...mina } }]);
    expect(snapshot.context.agreement?.purchasingAccountAdministrator).toEqual(mina);
  });

  it('corrects the administrator’s address', async () => {
    const actor = await found({ correct: answered('notice.invitation.notNeeded', { administratorStatus: 'active' }) });
    actor.send({ type: 'address.correct' });
    type(actor, { email: 'harry@' });
    expect(actor.getSnapshot().can({ type: 'form.submit' })).toBe(false);
    type(actor, { email: 'harry.roldan@contoso.com' });
    actor.send({ type: 'form.submit' });
    expect((await settled(actor)).context).toMatchObject({ notice: 'notice.invitation.notNeeded', agreement: { administratorStatus: 'active' } });
    const failing = await found({ correct: unreachable() });
    failing.send({ type: 'address.correct' });
    type(failing, { email: 'harry.roldan@contoso.com' });
    actor.send({ type: 'field.blur', field: 'name' });
    failing.send({ type: 'form.submit' });
    expect((await settled(failing)).value).toEqual({ agreement: { correcting: 'failed' } });
  });

  it('closes the agreement back to the lookup', async () => {
    const actor = await found();
    actor.send({ type: 'agreement.close' });
    expect(actor.getSnapshot().value).toEqual({ lookup: 'editing' });
    expect(actor.getSnapshot().context.agreement).toBeNull();
  });
});
