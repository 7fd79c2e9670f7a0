import { describe, expect, it } from 'vitest';
import { assessmentScore, assessmentSwitched, attemptStarted, doneCount, handedIn, hintShown, parseProgress, progressInExport, scenarioDone, serializeProgress, statusOf, withProgress } from '../../../src/practice/progress';
import { parseDocument, serializeDocument } from '../../../src/store/parseDocument';
import { createSeed } from '../../../src/store/seed';
import { resetPractice } from '../../../src/store/practice/reset';
import { createProgressStore } from '../../../src/practice/progressStore';
import { PROGRESS_CORRUPT_KEY, PROGRESS_KEY } from '../../../src/store/practice/keys';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { items, getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

describe('practice progress', () => {
  it('counts a scenario as not started, then in progress, then done, keeping attempts and hints', () => {
    let progress = parseProgress(null).progress;
    expect(statusOf(progress, 'work-account')).toBe('not-started');
    progress = attemptStarted(progress, 'work-account');
    progress = hintShown(progress, 'work-account');
    expect(statusOf(progress, 'work-account')).toBe('in-progress');
    progress = scenarioDone(progress, 'work-account', new Date('2026-12-01T10:00:00Z'));
    progress = attemptStarted(progress, 'work-account');
    expect(progress.scenarios['work-account']).toEqual({ status: 'done', attempts: 2, hintsUsed: 1, doneAt: '2026-12-01T10:00:00.000Z' });
    expect(doneCount(progress, ['work-account', 'my-profile'])).toBe(1);
  });

  it('keeps the first time a scenario was done', () => {
    const once = scenarioDone(attemptStarted({ scenarios: {} }, 'my-profile'), 'my-profile', new Date('2026-12-01T10:00:00Z'));
    expect(scenarioDone(once, 'my-profile', new Date('2026-12-02T10:00:00Z')).scenarios['my-profile']?.doneAt).toBe('2026-12-01T10:00:00.000Z');
  });

  it('counts a hint or a success even for a scenario with no record yet', () => {
    expect(hintShown({ scenarios: {} }, 'remove-user').scenarios['remove-user']).toEqual({ status: 'in-progress', attempts: 1, hintsUsed: 1 });
    expect(scenarioDone({ scenarios: {} }, 'remove-user', new Date('2026-12-01T10:00:00Z')).scenarios['remove-user']).toEqual({ status: 'done', attempts: 1, hintsUsed: 0, doneAt: '2026-12-01T10:00:00.000Z' });
  });

  it('reads back what it wrote', () => {
    const progress = hintShown(attemptStarted({ scenarios: {} }, 'associate-domain'), 'associate-domain');
    expect(parseProgress(serializeProgress(progress))).toEqual({ progress, corrupt: false });
  });

  it.each(['{', '[]', '{"version":99,"scenarios":{}}', '{"version":1,"scenarios":{"x":{"status":"won","attempts":1,"hintsUsed":0}}}', '{"version":1,"scenarios":{"x":{"status":"done","attempts":0,"hintsUsed":0}}}'])(
    'treats %s as corrupt',
    (text) => expect(parseProgress(text)).toEqual({ progress: { scenarios: {} }, corrupt: true }),
  );
});

describe('assessment in progress', () => {
  const now = new Date('2026-12-02T09:00:00Z');

  it('keeps the switch and every result through a write and a read', () => {
    let progress = assessmentSwitched({ scenarios: {} }, true);
    progress = handedIn(attemptStarted(progress, 'work-account'), 'work-account', true, now);
    progress = handedIn(attemptStarted(progress, 'my-profile'), 'my-profile', false, now);
    expect(parseProgress(serializeProgress(progress))).toEqual({ progress, corrupt: false });
    expect(progress.assessment).toBe(true);
    expect(assessmentSwitched(progress, false)).not.toHaveProperty('assessment');
  });

  it('counts a pass as done, a fail not; the last hand-in is the result', () => {
    let progress = handedIn(attemptStarted({ scenarios: {} }, 'remove-user'), 'remove-user', false, now);
    expect(progress.scenarios['remove-user']).toEqual({ status: 'in-progress', attempts: 1, hintsUsed: 0, assessment: { result: 'failed', at: now.toISOString() } });
    progress = handedIn(attemptStarted(progress, 'remove-user'), 'remove-user', true, now);
    expect(progress.scenarios['remove-user']).toMatchObject({ status: 'done', attempts: 2, assessment: { result: 'passed' } });
  });

  it('scores the scenarios handed in against all of them', () => {
    const ids = ['work-account', 'my-profile', 'remove-user'];
    let progress = handedIn({ scenarios: {} }, 'work-account', true, now);
    progress = handedIn(progress, 'my-profile', false, now);
    progress = scenarioDone(progress, 'remove-user', now);
    expect(assessmentScore(progress, ids)).toEqual({ passed: 1, failed: 1, total: 3 });
  });

  it('reads a record written before assessment existed', () => {
    const before = '{"version":1,"scenarios":{"work-account":{"status":"done","attempts":1,"hintsUsed":0,"doneAt":"2026-12-01T10:00:00.000Z"}}}';
    expect(parseProgress(before)).toEqual({ progress: { scenarios: { 'work-account': { status: 'done', attempts: 1, hintsUsed: 0, doneAt: '2026-12-01T10:00:00.000Z' } } }, corrupt: false });
  });

  it.each(['{"version":1,"scenarios":{},"assessment":"yes"}', '{"version":1,"scenarios":{"x":{"status":"done","attempts":1,"hintsUsed":0,"assessment":{"result":"won","at":"2026-12-01T10:00:00.000Z"}}}}'])(
    'treats %s as corrupt',
    (text) => expect(parseProgress(text).corrupt).toBe(true),
  );
});

describe('the progress store', () => {
  it('keeps progress between page loads', () => {
    const storage = memoryStorage();
    createProgressStore(storage).change((progress) => attemptStarted(progress, 'remove-user'));
    expect(statusOf(createProgressStore(storage).read(), 'remove-user')).toBe('in-progress');
  });

  it('recovers from a corrupt record, keeping a copy of it and saying so', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: 'not json' });
    const store = createProgressStore(storage);
    expect(store.recovered).toBe(true);
    expect(store.read()).toEqual({ scenarios: {} });
    expect(storage.items.get(PROGRESS_CORRUPT_KEY)).toBe('not json');
    expect(parseProgress(storage.items.get(PROGRESS_KEY) ?? null).corrupt).toBe(false);
  });

  it('works in memory when storage throws', () => {
    const broken = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); } };
    const store = createProgressStore(broken);
    expect(statusOf(store.change((progress) => attemptStarted(progress, 'work-account')), 'work-account')).toBe('in-progress');
  });

  it('tells its listeners of changes made in this page and in another tab', () => {
    const storage = memoryStorage();
    const events = new EventTarget();
    const store = createProgressStore(storage, events as unknown as Window);
    const heard: boolean[] = [];
    const stop = store.subscribe(() => heard.push(store.read().assessment ?? false));
    store.change((progress) => assessmentSwitched(progress, true));
    storage.setItem(PROGRESS_KEY, serializeProgress({ scenarios: {} }));
    events.dispatchEvent(Object.assign(new Event('storage'), { key: PROGRESS_KEY }));
    events.dispatchEvent(Object.assign(new Event('storage'), { key: 'business-center-help:portal' }));
    stop();
    store.change((progress) => assessmentSwitched(progress, true));
    expect(heard).toEqual([true, false]);
  });
});

describe('resetting practice', () => {
  it('forgets progress and every scenario, and leaves the free simulator and search alone', () => {
    const items = new Map(Object.entries({
      [PROGRESS_KEY]: '{}',
      [PROGRESS_CORRUPT_KEY]: 'x',
      'business-center-help:practice:work-account': 'doc',
      'business-center-help:practice:work-account:attempt': 'log',
      'business-center-help:portal': 'free',
      'business-center-help:search:en': 'roles',
    }));
    const storage = { get length() { return items.size; }, key: (index: number) => [...items.keys()][index] ?? null, removeItem: (key: string) => void items.delete(key) };
    expect(resetPractice(storage)).toBe(true);
    expect([...items.keys()]).toEqual(['business-center-help:portal', 'business-center-help:search:en']);
  });

  it('says so when storage refuses', () => {
    expect(resetPractice(null)).toBe(false);
    expect(resetPractice({ length: 1, key: () => { throw new Error('blocked'); }, removeItem: () => {} })).toBe(false);
  });
});

describe('progress in the simulator\'s export file', () => {
  let next = 0;
  const portalDocument = serializeDocument(createSeed({ newId: () => `id-${(next += 1)}` }), 3, 2);
  const progress = handedIn(assessmentSwitched(attemptStarted({ scenarios: {} }, 'work-account'), true), 'work-account', true, new Date('2026-12-02T09:00:00Z'));

  it('travels beside the portal document, which still imports as it was', () => {
    const file = withProgress(portalDocument, progress);
    expect(progressInExport(file)).toEqual({ kind: 'progress', progress });
    expect(parseDocument(file)).toEqual(parseDocument(portalDocument));
    expect(parseDocument(file).ok).toBe(true);
  });

  it('is left out while there is no practice to carry', () => {
    expect(withProgress(portalDocument, { scenarios: {} })).toBe(portalDocument);
  });

  it('is absent from a file exported before practice existed', () => {
    expect(progressInExport(portalDocument)).toEqual({ kind: 'none' });
    expect(progressInExport('not json')).toEqual({ kind: 'none' });
  });

  it('is refused when it is not a valid record', () => {
    const file = JSON.stringify({ ...JSON.parse(portalDocument), practice: { version: 1, scenarios: { 'work-account': { status: 'won' } } } });
    expect(progressInExport(file)).toEqual({ kind: 'invalid' });
  });
});
