import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createProgressStore } from '../../../src/practice/progressStore';
import { openSession } from '../../../src/practice/session/practiceSession';
import { createAttemptSlot } from '../../../src/store/practice/scenarioStorage';
import { signInMachine } from '../../../src/flows/sign-in/signInMachine';
import { signOutMachine } from '../../../src/flows/sign-out/signOutMachine';
import { scenarioById, type MachineStep, type Scenario } from '../../../src/practice';
import { createMemoryPortal } from '../../../src/store';
import { settled } from '../../machines/support';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string): void {
      items.set(key, value);
    },
  };
}

const workAccount = scenarioById('work-account') as Scenario;

// The store checks passwords with the hasher the start state was built with: the default one, as in a browser.
async function open(storage = memoryStorage(), portal = createMemoryPortal(), resumable = false, assessment = false) {
  const progress = createProgressStore(storage);
  const session = await openSession({ scenario: workAccount, portal, attemptSlot: createAttemptSlot(storage, workAccount.id), progress, locale: 'ja', resumable, assessment });
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

  it('reads the portal through its API, not its exported file: no export, and so no parse, per event', async () => {
    const portal = createMemoryPortal();
    let exports = 0;
    const counted = { ...portal, exportDocument: () => ((exports += 1), portal.exportDocument()) };
    const opened = await open(memoryStorage(), counted);
    await solve(opened);
    expect(opened.session.view().done).toBe(true);
    expect(exports).toBe(0);
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

describe('an assessed session', () => {
  it('hides nothing from the rules but records nothing until handed in: then passed, and done', async () => {
    const opened = await open(memoryStorage(), createMemoryPortal(), false, true);
    expect(opened.session.view().assessed).toBe(true);
    opened.session.showHint();
    expect(opened.session.view().hints).toBe(0);
    await solve(opened);
    expect(opened.session.view().done).toBe(true);
    expect(opened.progress.read().scenarios['work-account']?.status).toBe('in-progress');
    opened.session.handIn();
    expect(opened.session.view().handedIn).toBe('passed');
    expect(opened.progress.read().scenarios['work-account']).toMatchObject({ status: 'done', assessment: { result: 'passed' } });
  }, 20_000);

  it('fails a hand-in before the checks pass, and keeps the result after a reload', async () => {
    const opened = await open(memoryStorage(), createMemoryPortal(), false, true);
    opened.session.handIn();
    expect(opened.session.view().handedIn).toBe('failed');
    expect(opened.progress.read().scenarios['work-account']).toMatchObject({ status: 'in-progress', assessment: { result: 'failed' } });
    const again = await open(opened.storage, opened.portal, true, true);
    expect(again.session.view()).toMatchObject({ assessed: true, handedIn: 'failed' });
  }, 20_000);

  it('starts again when assessment is switched on, so help seen before does not count', async () => {
    const opened = await open();
    opened.session.showHint();
    await solve(opened);
    await opened.session.setAssessment(true);
    expect(opened.session.view()).toMatchObject({ assessed: true, done: false, hints: 0, epoch: 1 });
    expect(opened.session.view().checks.every((check) => !check.passed)).toBe(true);
    // A page opened later in assessment mode does not resume a practice attempt either.
    const practised = await open();
    practised.session.showHint();
    const reopened = await open(practised.storage, practised.portal, true, true);
    expect(reopened.session.view()).toMatchObject({ assessed: true, hints: 0 });
  }, 20_000);

  it('goes on with the same attempt, with help, when assessment is switched off', async () => {
    const opened = await open(memoryStorage(), createMemoryPortal(), false, true);
    await solve(opened);
    await opened.session.setAssessment(false);
    expect(opened.session.view()).toMatchObject({ assessed: false, done: true, epoch: 0 });
    opened.session.showHint();
    expect(opened.session.view().hints).toBe(1);
  }, 20_000);
});

describe('assessment and attempts', () => {
  it('does not count switching assessment on as an attempt when nothing was done yet', async () => {
    const opened = await open();
    await opened.session.setAssessment(true);
    await solve(opened);
    opened.session.handIn();
    expect(opened.progress.read().scenarios['work-account']).toMatchObject({ attempts: 1, assessment: { result: 'passed' } });
  }, 20_000);

  it('counts a new attempt when assessment is switched on after the trainee worked', async () => {
    const opened = await open();
    opened.session.showHint();
    await opened.session.setAssessment(true);
    expect(opened.progress.read().scenarios['work-account']?.attempts).toBe(2);
  }, 20_000);
});

/** Storage that refuses every write after the first `allowed` ones, as a full quota does. */
function fillingStorage(allowed: number) {
  const storage = memoryStorage();
  let writes = 0;
  return {
    ...storage,
    setItem(key: string, value: string) {
      writes += 1;
      if (writes > allowed) throw new DOMException('full', 'QuotaExceededError');
      storage.setItem(key, value);
    },
  };
}

describe('a session whose storage refuses writes', () => {
  it('says the work is not kept when storage is full before the scenario opens, and still completes', async () => {
    const opened = await open(fillingStorage(0));
    expect(opened.session.view().kept).toBe('unsaved');
    await solve(opened);
    expect(opened.session.view()).toMatchObject({ done: true, kept: 'unsaved' });
  }, 20_000);

  it('says so from the write that was refused in the middle of a scenario', async () => {
    const opened = await open(fillingStorage(3));
    expect(opened.session.view().kept).toBe('kept');
    await solve(opened);
    expect(opened.session.view()).toMatchObject({ done: true, kept: 'unsaved' });
  }, 20_000);

  it('says nothing can be kept when there is no storage at all', async () => {
    const progress = createProgressStore(null);
    const session = await openSession({ scenario: workAccount, portal: createMemoryPortal(), attemptSlot: null, progress, locale: 'en', resumable: false });
    expect(session.view().kept).toBe('unavailable');
  }, 20_000);
});
