import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { openSession } from '../../../src/islands/practice/practiceSession';
import { createProgressStore } from '../../../src/islands/practice/progressStore';
import { signInMachine } from '../../../src/machines/signInMachine';
import { signOutMachine } from '../../../src/machines/signOutMachine';
import { scenarioById, type MachineStep, type Scenario } from '../../../src/practice';
import { createMemoryPortal } from '../../../src/store';
import { settled } from '../../machines/support';

function memoryStorage() {
  const items = new Map<string, string>();
  return { items, getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

const workAccount = scenarioById('work-account') as Scenario;

// The store checks passwords with the hasher the start state was built with: the default one, as in a browser.
async function open(storage = memoryStorage(), portal = createMemoryPortal(), resumable = false) {
  const progress = createProgressStore(storage);
  const session = await openSession({ scenario: workAccount, portal, storage, progress, locale: 'ja', resumable });
  return { session, storage, portal, progress };
}

/** The work-account solution, through the sign-in machine inspected as the page's view is. */
async function solve(opened: Awaited<ReturnType<typeof open>>) {
  const [step] = workAccount.solution(opened.session.start()) as MachineStep[];
  const actor = createActor(signInMachine, { input: { portal: opened.portal }, inspect: opened.session.listener.inspect('signIn') });
  actor.start();
  await settled(actor);
  for (const event of step?.events ?? []) {
    actor.send(event as never);
    await settled(actor);
  }
  actor.stop();
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('a practice session', () => {
  it('starts in its start state, in progress, with no check passed', async () => {
    const { session, progress } = await open();
    expect(session.view().checks.every((check) => !check.passed)).toBe(true);
    expect(progress.read().scenarios['work-account']).toMatchObject({ status: 'in-progress', attempts: 1 });
    expect(session.start().users.find((user) => user.email === 'harry@contoso.com')?.preferredLanguage).toBe('ja');
  }, 20_000);

  it('is done once the solution ran through the machines, and says so in progress', async () => {
    const opened = await open();
    await solve(opened);
    expect(opened.session.view().done).toBe(true);
    expect(opened.progress.read().scenarios['work-account']?.status).toBe('done');
  }, 20_000);

  it('keeps the debrief once done, even when the trainee signs out afterwards', async () => {
    const opened = await open();
    await solve(opened);
    const actor = createActor(signOutMachine, { input: { portal: opened.portal }, inspect: opened.session.listener.inspect('signOut') });
    actor.start();
    await settled(actor);
    actor.send({ type: 'session.end' });
    await settled(actor);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await opened.portal.getSession()).toBeNull();
    expect(opened.session.view().checks.find((check) => check.id === 'signed-in')?.passed).toBe(false);
    expect(opened.session.view().done).toBe(true);
    expect((await open(opened.storage, opened.portal, true)).session.view().done).toBe(true);
  }, 20_000);

  it('resumes the kept attempt after a reload: the log is not lost', async () => {
    const opened = await open();
    await solve(opened);
    const again = await open(opened.storage, opened.portal, true);
    expect(again.session.view().done).toBe(true);
    expect(again.progress.read().scenarios['work-account']?.attempts).toBe(1);
  }, 20_000);

  it('starts over in its own keys only, staying done', async () => {
    const opened = await open();
    opened.storage.setItem('business-center-help:portal', 'the free simulator');
    await solve(opened);
    opened.session.showHint();
    await opened.session.startOver();
    expect(opened.session.view()).toMatchObject({ done: false, hints: 0, epoch: 1 });
    expect(opened.storage.items.get('business-center-help:portal')).toBe('the free simulator');
    expect(opened.progress.read().scenarios['work-account']).toMatchObject({ status: 'done', attempts: 2, hintsUsed: 1 });
  }, 20_000);
});
