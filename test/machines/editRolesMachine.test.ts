import { describe, expect, it } from 'vitest';
import { editRolesMachine } from '../../src/flows/manage-users/editRolesMachine';
import { answer, noPortal, pending, recording, refuse, sessionOf, settled, start, unreachable, type Fake } from './support';

const harry = { id: 'u-1', email: 'harry@contoso.com', roles: ['account-administrator'] };
const session = (roles: readonly string[]) => sessionOf(roles, { email: 'actor@contoso.com' });

async function editing(editorRoles: readonly string[], changeRoles: Fake = pending(), user = harry) {
  const loadUser = answer({ session: session(editorRoles), user });
  const actor = start(editRolesMachine.provide({ actors: { loadUser, changeRoles } }), { portal: noPortal, userId: user.id });
  await settled(actor);
  return actor;
}

describe('editRolesMachine', () => {
  it.each([
    ['signedOut', { session: null, user: null }],
    ['forbidden', { session: session(['agreement-administrator']), user: null }],
    ['missing', { session: session(['user-administrator']), user: null }],
  ])('stops at %s', async (state, output) => {
    const snapshot = await settled(start(editRolesMachine.provide({ actors: { loadUser: answer(output) } }), { portal: noPortal, userId: 'u-9' }));
    expect(snapshot.value).toBe(state);
    expect(snapshot.hasTag('blocked')).toBe(true);
  });

  it('asks the store about the user it was given (none: an empty id), and offers a retry', async () => {
    const call = recording({ session: null, user: null });
    start(editRolesMachine.provide({ actors: { loadUser: call.logic } }), { portal: noPortal });
    expect(call.inputs).toEqual([{ portal: noPortal, userId: '' }]);
    const actor = start(editRolesMachine.provide({ actors: { loadUser: unreachable() } }), { portal: noPortal, userId: 'u-1' });
    expect((await settled(actor)).value).toBe('unavailable');
    actor.send({ type: 'load.retry' });
    expect(actor.getSnapshot().value).toBe('loading');
  });

  it('lets a User administrator touch neither Account administrator nor unknown roles', async () => {
    const actor = await editing(['user-administrator']);
    const snapshot = actor.getSnapshot();
    expect(snapshot.context.values.roles).toEqual(['account-administrator']);
    expect(snapshot.can({ type: 'role.toggle', role: 'account-administrator' })).toBe(false);
    expect(snapshot.can({ type: 'role.toggle', role: 'owner' })).toBe(false);
    expect(snapshot.can({ type: 'role.toggle', role: 'report-viewer' })).toBe(true);
    expect(snapshot.can({ type: 'form.submit' })).toBe(false); // nothing changed yet
  });

  it('needs one role at least, and can go back to the saved roles', async () => {
    const actor = await editing(['account-administrator']);
    actor.send({ type: 'role.toggle', role: 'account-administrator' });
    expect(actor.getSnapshot().context.errors).toEqual({ roles: 'error.roles.empty' });
    expect(actor.getSnapshot().can({ type: 'form.submit' })).toBe(false);
    actor.send({ type: 'form.reset' });
    expect(actor.getSnapshot().context).toMatchObject({ values: { roles: ['account-administrator'] }, errors: {} });
    expect(actor.getSnapshot().can({ type: 'form.reset' })).toBe(false);
  });

  it('saves, then stays open for another change', async () => {
    const call = recording({ ok: true, user: { ...harry, roles: ['account-administrator', 'report-viewer'] } });
    const actor = await editing(['account-administrator'], call.logic);
    actor.send({ type: 'role.toggle', role: 'report-viewer' });
    actor.send({ type: 'form.submit' });
    const snapshot = await settled(actor);
    expect(call.inputs).toEqual([{ portal: noPortal, userId: 'u-1', roles: ['account-administrator', 'report-viewer'] }]);
    expect(snapshot.value).toEqual({ form: 'saved' });
    expect(snapshot.hasTag('done')).toBe(true);
    expect(snapshot.context.user?.roles).toEqual(['account-administrator', 'report-viewer']);
    actor.send({ type: 'role.toggle', role: 'report-viewer' });
    expect(actor.getSnapshot().value).toEqual({ form: 'editing' });
  });

  it.each(['error.user.lastAccountAdministrator', 'error.store.writeFailed'] as const)('shows %s and keeps the selection', async (key) => {
    const actor = await editing(['account-administrator'], refuse({ form: key }));
    actor.send({ type: 'role.toggle', role: 'report-viewer' });
    actor.send({ type: 'role.toggle', role: 'account-administrator' });
    actor.send({ type: 'form.submit' });
    const snapshot = await settled(actor);
    expect(snapshot.value).toEqual({ form: 'failed' });
    expect(snapshot.context.errors).toEqual({ form: key });
    expect(snapshot.context.values.roles).toEqual(['report-viewer']);
  });
});
