import { describe, expect, it } from 'vitest';
import { attemptStarted, doneCount, hintShown, parseProgress, scenarioDone, serializeProgress, statusOf } from '../../../src/practice/progress';
import { createProgressStore, PROGRESS_CORRUPT_KEY, PROGRESS_KEY } from '../../../src/islands/practice/progressStore';

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
});
