import { describe, expect, it } from 'vitest';
import { MAX_INVITE_ROWS } from '../../src/domain/commands/inviteUsers';
import { inviteUsersMachine } from '../../src/flows/invite-users/inviteUsersMachine';
import { answer, noPortal, pending, recording, refuse, sessionOf, settled, start, unreachable, type Fake } from './support';

const inviter = (roles: readonly string[]) => sessionOf(roles, { email: 'harry@contoso.com', preferredLanguage: 'ja', country: 'JP' });
const harry = { email: 'harry@contoso.com', status: 'active' };
const mina = { email: 'mina@contoso.com', name: 'Mina Sato', status: 'invited' };

async function ready(roles: readonly string[] = ['account-administrator'], inviteUsers: Fake = pending()) {
  const loadInviter = answer({ session: inviter(roles), users: [harry] });
  const actor = start(inviteUsersMachine.provide({ actors: { loadInviter, inviteUsers } }), { portal: noPortal });
  await settled(actor);
  return actor;
}
type Ready = Awaited<ReturnType<typeof ready>>;
function fillRow(actor: Ready, row: number, email: string, role = 'report-viewer') {
  actor.send({ type: 'field.change', row, field: 'email', value: email });
  actor.send({ type: 'field.change', row, field: 'name', value: 'Someone' });
  actor.send({ type: 'role.toggle', row, role });
}

describe('inviteUsersMachine', () => {
  it.each([
    ['signedOut', answer({ session: null, users: [] })],
    ['forbidden', answer({ session: inviter(['report-viewer']), users: [] })],
    ['unavailable', unreachable()],
  ])('stops at %s when the inviter cannot invite', async (state, loadInviter) => {
    const actor = start(inviteUsersMachine.provide({ actors: { loadInviter } }), { portal: noPortal });
    expect((await settled(actor)).value).toBe(state);
    actor.send({ type: 'load.retry' });
    expect(actor.getSnapshot().value).toBe(state === 'unavailable' ? 'loading' : state);
  });

  it('survives being started without a portal: the store cannot be asked', async () => {
    expect((await settled(start(inviteUsersMachine, {} as never))).value).toBe('unavailable');
  });

  it('starts with one row in the inviter’s language and country, and offers only the roles they may assign', async () => {
    const snapshot = (await ready(['agreement-administrator'])).getSnapshot();
    expect(snapshot.value).toEqual({ form: 'editing' });
    expect(snapshot.context.values.rows).toEqual([{ email: '', name: '', preferredLanguage: 'ja', country: 'JP', roles: [] }]);
    expect(snapshot.context.roleOptions).toEqual(['agreement-administrator', 'report-viewer', 'account-viewer']);
    expect(snapshot.can({ type: 'role.toggle', row: 0, role: 'account-administrator' })).toBe(false);
    expect(snapshot.can({ type: 'role.toggle', row: 0, role: 'report-viewer' })).toBe(true);
    expect(snapshot.can({ type: 'role.toggle', row: 0, role: 'owner' })).toBe(false);
    expect(snapshot.can({ type: 'invite.submit' })).toBe(false);
  });

  it('checks rows with the domain rules, keyed rows.<i>.<field>, and skips blank rows', async () => {
    const actor = await ready();
    fillRow(actor, 0, 'mina@contoso.com');
    actor.send({ type: 'row.add' });
    expect(actor.getSnapshot().can({ type: 'invite.submit' })).toBe(true); // the new row is blank
    actor.send({ type: 'field.change', row: 1, field: 'email', value: 'MINA@contoso.com' });
    actor.send({ type: 'row.add' });
    actor.send({ type: 'field.change', row: 2, field: 'email', value: 'harry@contoso.com' });
    actor.send({ type: 'field.blur', row: 2, field: 'roles' });
    actor.send({ type: 'field.blur', row: 1, field: 'email' });
    actor.send({ type: 'field.blur', row: 2, field: 'email' });
    expect(actor.getSnapshot().context.errors).toEqual({ 'rows.1.email': 'error.email.duplicateRow', 'rows.2.email': 'error.email.alreadyUser' });
    actor.send({ type: 'form.check' });
    expect(actor.getSnapshot().context.errors).toMatchObject({ 'rows.1.name': 'error.name.empty', 'rows.2.roles': 'error.roles.empty' });
    expect(actor.getSnapshot().can({ type: 'invite.another' })).toBe(false);
  });

  it('renumbers errors when a row is removed, and never removes the last one', async () => {
    const actor = await ready();
    actor.send({ type: 'row.add' });
    actor.send({ type: 'row.add' });
    actor.send({ type: 'field.change', row: 2, field: 'email', value: 'lee@' });
    actor.send({ type: 'field.blur', row: 2, field: 'email' });
    actor.send({ type: 'row.remove', row: 0 });
    expect(actor.getSnapshot().context.errors).toEqual({ 'rows.1.email': 'error.email.malformed' });
    actor.send({ type: 'row.remove', row: 1 });
    expect(actor.getSnapshot().context.errors).toEqual({});
    expect(actor.getSnapshot().can({ type: 'row.remove', row: 0 })).toBe(false);
    expect(actor.getSnapshot().can({ type: 'row.remove', row: 7 })).toBe(false);
  });

  it('ignores rows and fields that do not exist, and stops adding rows at the domain’s limit', async () => {
    const actor = await ready();
    actor.send({ type: 'field.change', row: 3, field: 'email', value: 'x' });
    actor.send({ type: 'field.change', row: 0, field: 'roles', value: ['account-administrator'] });
    actor.send({ type: 'field.change', row: 0.5, field: 'email', value: 'x' });
    actor.send({ type: 'role.toggle', row: 4, role: 'report-viewer' });
    expect(actor.getSnapshot().context.values.rows).toEqual([{ email: '', name: '', preferredLanguage: 'ja', country: 'JP', roles: [] }]);
    for (let row = 1; row < MAX_INVITE_ROWS + 3; row++) actor.send({ type: 'row.add' });
    expect(actor.getSnapshot().context.values.rows).toHaveLength(MAX_INVITE_ROWS);
    expect(actor.getSnapshot().can({ type: 'row.add' })).toBe(false);
  });

  it('unticks a role, and ticks roles in the guide’s order', async () => {
    const actor = await ready();
    for (const role of ['account-viewer', 'account-administrator', 'report-viewer']) actor.send({ type: 'role.toggle', row: 0, role });
    actor.send({ type: 'role.toggle', row: 0, role: 'report-viewer' });
    expect(actor.getSnapshot().context.values.rows[0]?.roles).toEqual(['account-administrator', 'account-viewer']);
  });

  it('Invite sends the rows and ends on the confirmation; Invite another user starts a fresh form', async () => {
    const call = recording({ ok: true, invited: [mina] });
    const actor = await ready(['account-administrator'], call.logic);
    fillRow(actor, 0, 'mina@contoso.com');
    actor.send({ type: 'invite.another' });
    let snapshot = await settled(actor);
    expect(snapshot.value).toEqual({ form: 'editing' });
    expect(snapshot.context.invited).toEqual([mina]);
    expect(snapshot.context.values.rows).toHaveLength(1);
    expect(call.inputs[0]).toMatchObject({ rows: [{ email: 'mina@contoso.com', name: 'Someone', roles: ['report-viewer'] }] });
    actor.send({ type: 'field.change', row: 0, field: 'email', value: 'mina@contoso.com' });
    actor.send({ type: 'field.blur', row: 0, field: 'email' });
    expect(actor.getSnapshot().context.errors).toEqual({ 'rows.0.email': 'error.email.alreadyInvited' });
    fillRow(actor, 0, 'lee@contoso.com');
    actor.send({ type: 'invite.submit' });
    snapshot = await settled(actor);
    expect(snapshot.value).toBe('done');
    expect(snapshot.hasTag('done')).toBe(true);
    actor.send({ type: 'invite.restart' });
    expect(actor.getSnapshot().value).toEqual({ form: 'editing' });
  });

  it.each([
    ['a failing store write', refuse({ form: 'error.store.writeFailed' }), { form: 'error.store.writeFailed' }],
    ['an address invited meanwhile', refuse({ 'rows.0.email': 'error.email.alreadyInvited' }), { 'rows.0.email': 'error.email.alreadyInvited' }],
    ['an unreachable store', unreachable(), { form: 'error.input.invalid' }],
  ])('on %s shows the keys and keeps every row', async (_, inviteUsers, errors) => {
    const actor = await ready(['account-administrator'], inviteUsers);
    fillRow(actor, 0, 'mina@contoso.com');
    const rows = actor.getSnapshot().context.values.rows;
    actor.send({ type: 'invite.submit' });
    const snapshot = await settled(actor);
    expect(snapshot.value).toEqual({ form: 'failed' });
    expect(snapshot.context.errors).toEqual(errors);
    expect(snapshot.context.values.rows).toEqual(rows);
    actor.send({ type: 'field.change', row: 0, field: 'email', value: 'lee@contoso.com' });
    expect(actor.getSnapshot().context.errors).toEqual({});
  });
});
