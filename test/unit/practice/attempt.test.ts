import { describe, expect, it } from 'vitest';
import { PortalRefusal } from '../../../src/machines/portalCall';
import { createAttemptLog, drive, entryOf, lee, PRACTICE_PASSWORD, scenarioById, type AttemptEntry } from '../../../src/practice';
import { playSolution } from '../../support/model/playSolution';
import { startRun } from '../../support/practiceRun';

const change = (field: string, value: string) => ({ type: 'field.change' as const, field, value });

describe('the attempt log, fed by inspecting the machines', () => {
  it('records a refused attempt: a User administrator ticking Account administrator is not taken', async () => {
    const scenario = scenarioById('cannot-assign');
    if (!scenario) throw new Error('no cannot-assign scenario');
    const run = await startRun(scenario); // Mina, a User administrator, is signed in
    const userId = run.start.users.find((user) => user.email === lee.email)?.id ?? '';
    const toggles = [{ type: 'role.toggle', role: 'account-administrator' }, { type: 'role.toggle', role: 'account-viewer' }] as const;
    await playSolution(run.world, [drive('editRoles', toggles, { userId })], run.log);
    const events = run.log.entries().filter((entry) => entry.kind === 'event');
    expect(events.map((entry) => [entry.event['role'], entry.taken])).toEqual([['account-administrator', false], ['account-viewer', true]]);
  });

  it('records the store’s answers, accepted with their notice or refused with their keys, after the events that caused them', async () => {
    const scenario = scenarioById('resend-after-expiry');
    if (!scenario) throw new Error('no resend-after-expiry scenario');
    const run = await startRun(scenario);
    await playSolution(run.world, scenario.solution(run.start), run.log);
    const answers = run.log.entries().filter((entry) => entry.kind === 'answer');
    expect(answers).toEqual([
      { kind: 'answer', machine: 'signIn', call: 'getSession', ok: true, notice: null },
      { kind: 'answer', machine: 'signIn', call: 'signIn', ok: false, errors: { form: 'error.signIn.invitationExpired' } },
      { kind: 'answer', machine: 'resendRequest', call: 'requestResend', ok: true, notice: 'notice.resend.received' },
    ]);
    const kinds = run.log.entries().map((entry) => (entry.kind === 'event' ? entry.event.type : entry.kind));
    expect(kinds.indexOf('answer', kinds.indexOf('form.submit'))).toBeGreaterThan(kinds.indexOf('form.submit'));
  });

  it('never keeps what was typed in a password field', async () => {
    const scenario = scenarioById('work-account');
    if (!scenario) throw new Error('no work-account scenario');
    const run = await startRun(scenario);
    await playSolution(run.world, scenario.solution(run.start), run.log);
    expect(JSON.stringify(run.log.entries())).not.toContain(PRACTICE_PASSWORD);
    expect(run.log.entries()).toContainEqual(expect.objectContaining({ kind: 'event', event: { type: 'field.change', field: 'password', value: '' } }));
  });

  it('shows the form’s errors right after each event', () => {
    const entry = entryOf('signIn', change('email', 'harry@outlook.com'), true, { errors: { email: 'error.email.personal' } });
    expect(entry).toEqual({ kind: 'event', machine: 'signIn', event: change('email', 'harry@outlook.com'), taken: true, errors: { email: 'error.email.personal' } });
    expect(entryOf('signOut', { type: 'session.end' }, true, { noErrorsHere: true })).toMatchObject({ errors: {} });
  });

  it('leaves out XState’s own events, and reads an unexpected failure as the store reads its own', () => {
    expect(entryOf('signIn', { type: 'xstate.init' }, false, {})).toBeUndefined();
    expect(entryOf('signIn', { type: 'xstate.stop' }, false, {})).toBeUndefined();
    expect(entryOf('signIn', { type: 'xstate.error.actor.signIn', error: new Error('unreachable') }, true, {})).toEqual({
      kind: 'answer', machine: 'signIn', call: 'signIn', ok: false, errors: { form: 'error.input.invalid' },
    });
    expect(entryOf('signIn', { type: 'xstate.error.actor.signIn', error: new PortalRefusal({ form: 'error.signIn.badCredentials' }) }, true, {})).toMatchObject({ errors: { form: 'error.signIn.badCredentials' } });
    expect(entryOf('signIn', { type: 'xstate.done.actor.getSession', output: null }, true, {})).toMatchObject({ ok: true, notice: null });
  });

  it('tells its listeners about each new entry until they unsubscribe, and can start from saved entries', () => {
    const saved: AttemptEntry = { kind: 'opened', screen: 'profile', subject: 'mina@contoso.com' };
    const log = createAttemptLog([saved]);
    let heard = 0;
    const stop = log.subscribe(() => (heard += 1));
    log.append({ kind: 'answered', choices: ['account-administrator'] });
    stop();
    log.append({ kind: 'opened', screen: 'mailbox', subject: 'harry@contoso.com' });
    expect(heard).toBe(1);
    expect(log.entries()).toHaveLength(3);
    expect(log.entries()[0]).toEqual(saved);
  });

  it('writes one entry per processed event and per answer: nothing doubled, nothing lost', async () => {
    const scenario = scenarioById('accept-invitation');
    if (!scenario) throw new Error('no accept-invitation scenario');
    const run = await startRun(scenario);
    await playSolution(run.world, scenario.solution(run.start), run.log);
    const kinds = run.log.entries().map((entry) => (entry.kind === 'event' ? entry.event.type : entry.kind === 'answer' ? entry.call : entry.kind));
    expect(kinds).toEqual(['openInvitation', 'field.change', 'field.change', 'form.submit', 'acceptInvitation']);
  });
});
