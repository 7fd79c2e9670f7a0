import { describe, expect, it } from 'vitest';
import { createPbkdf2Hasher } from '../../../src/domain/passwordHash';
import { createBrowserPortal, STORAGE_KEY } from '../../../src/store/browserPortal';
import { parseDocument } from '../../../src/store/parseDocument';
import { SET_ASIDE_SUFFIX } from '../../../src/store/storageBackend';
import { FakeEvents, FakeStorage } from '../../fixtures/store/fakeStorage';
import { accept, must } from '../../fixtures/store/journey';
import { counter, HARRY } from '../../fixtures/store/world';

const hasher = createPbkdf2Hasher(1);
const open = (storage: FakeStorage, events?: FakeEvents) =>
  createBrowserPortal({ storage, newId: counter(`tab${Math.random()}`), hasher, ...(events ? { events } : {}) });
const stored = (storage: FakeStorage) => storage.items.get(STORAGE_KEY) ?? '';

describe('browser portal: the stored document', () => {
  it('writes the seed as a version 2 document on first use', async () => {
    const storage = new FakeStorage();
    const api = open(storage);
    const document = JSON.parse(stored(storage));
    expect(document).toMatchObject({ version: 2, revision: 1, state: { organization: { name: 'Contoso' } } });
    expect(await api.getStatus()).toEqual({ persistence: 'localStorage', recovery: 'none', revision: 1 });
  });

  it('keeps the state across page loads', async () => {
    const storage = new FakeStorage();
    must(await accept(open(storage), HARRY));
    const reloaded = open(storage);
    expect((await reloaded.getSession())?.user.email).toBe(HARRY);
  });

  it('migrates a version 1 document', async () => {
    const storage = new FakeStorage();
    open(storage);
    const current = JSON.parse(stored(storage));
    const { domains: _domains, clock, ...rest } = current.state;
    storage.items.set(STORAGE_KEY, JSON.stringify({ version: 1, state: { ...rest, clock: { epoch: clock.epoch, day: 5 } } }));
    const api = open(storage);
    expect((await api.getClock()).day).toBe(5);
    expect((await api.getStatus()).recovery).toBe('none');
  });

  it.each([
    ['broken JSON', '{"version":2,'],
    ['a valid JSON of the wrong shape', '{"version":2,"revision":0,"state":{}}'],
    ['a future version', '{"version":99}'],
    ['an empty string', ''],
  ])('sets aside %s, loads the seed and says so', async (_, text) => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, text);
    const api = open(storage);
    expect(storage.items.get(STORAGE_KEY + SET_ASIDE_SUFFIX)).toBe(text);
    expect(parseDocument(stored(storage)).ok).toBe(true);
    expect((await api.getStatus()).recovery).toBe('corrupt');
    await api.acknowledgeRecovery();
    expect((await api.getStatus()).recovery).toBe('none');
  });

  it('clears the recovery flag on reset', async () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, 'garbage');
    const api = open(storage);
    must(await api.reset());
    expect((await api.getStatus()).recovery).toBe('none');
  });

  it('still recovers when even the seed cannot be saved', async () => {
    const storage = new FakeStorage();
    storage.items.set(STORAGE_KEY, 'garbage');
    storage.failWrites = true;
    const api = open(storage);
    // What the trainee must know from now on is that nothing is kept: that notice wins.
    expect((await api.getStatus()).recovery).toBe('unsaved');
    expect((await api.getClock()).day).toBe(0);
    expect(stored(storage)).toBe('garbage');
  });
});

describe('browser portal: failures', () => {
  it('goes on in memory when the browser refuses a save, and says the work is not kept', async () => {
    const storage = new FakeStorage();
    const api = open(storage);
    must(await accept(api, HARRY));
    const before = stored(storage);
    storage.failWrites = true;
    must(await api.advanceClock({ days: 5 }));
    expect((await api.getClock()).day).toBe(5);
    expect((await api.getSession())?.user.email).toBe(HARRY);
    expect(await api.getStatus()).toMatchObject({ persistence: 'memory', recovery: 'unsaved' });
    expect(stored(storage)).toBe(before);
    // Storage that accepts writes again is not trusted to hold a whole story: the page keeps its own.
    storage.failWrites = false;
    must(await api.advanceClock({ days: 1 }));
    expect((await api.getClock()).day).toBe(6);
    expect(stored(storage)).toBe(before);
    must(await api.reset());
    expect((await api.getClock()).day).toBe(0);
    expect(await api.getSession()).toBeNull();
  });

  it('starts in memory when even the first save is refused', async () => {
    const storage = new FakeStorage();
    storage.failWrites = true;
    const api = open(storage);
    expect(await api.getStatus()).toMatchObject({ persistence: 'memory', recovery: 'unsaved' });
    must(await accept(api, HARRY));
    expect((await api.getSession())?.user.email).toBe(HARRY);
  });

  it('runs in memory when storage cannot be read at all', async () => {
    const storage = new FakeStorage();
    storage.failReads = true;
    const api = open(storage);
    expect(await api.getStatus()).toEqual({ persistence: 'memory', recovery: 'unavailable', revision: 0 });
    must(await api.advanceClock({ days: 1 }));
    const none = createBrowserPortal({ storage: null });
    expect((await none.getStatus()).recovery).toBe('unavailable');
  });

  it('answers the last known state when a read fails later', async () => {
    const storage = new FakeStorage();
    const api = open(storage);
    must(await api.advanceClock({ days: 2 }));
    storage.failReads = true;
    expect((await api.getClock()).day).toBe(2);
  });

  it('re-seeds when the document disappears (storage cleared)', async () => {
    const storage = new FakeStorage();
    const api = open(storage);
    must(await api.advanceClock({ days: 2 }));
    storage.items.clear();
    expect((await api.getClock()).day).toBe(0);
    expect(parseDocument(stored(storage)).ok).toBe(true);
  });
});

describe('browser portal: other tabs', () => {
  it('hears another tab’s change through the storage event', async () => {
    const storage = new FakeStorage();
    const events = new FakeEvents();
    const tabA = open(storage);
    const tabB = open(storage, events);
    const heard: unknown[] = [];
    tabB.subscribe((change) => heard.push(change));
    must(await tabA.advanceClock({ days: 3 }));
    events.fire(STORAGE_KEY);
    events.fire('some-other-key');
    events.fire(STORAGE_KEY); // same text again: no news
    expect(heard).toEqual([{ revision: 2, origin: 'external' }]);
    expect((await tabB.getClock()).day).toBe(3);
  });

  it('applies its own commands on top of the other tab’s latest state', async () => {
    const storage = new FakeStorage();
    const tabA = open(storage);
    const tabB = open(storage);
    must(await tabA.advanceClock({ days: 3 }));
    must(await tabB.advanceClock({ days: 4 }));
    expect((await tabA.getClock()).day).toBe(7);
    expect(JSON.parse(stored(storage)).revision).toBe(3);
  });

  it('recovers from corrupt data written by another tab', async () => {
    const storage = new FakeStorage();
    const events = new FakeEvents();
    const api = open(storage, events);
    storage.items.set(STORAGE_KEY, '{oops');
    events.fire(null); // localStorage.clear() and friends send key null
    expect((await api.getStatus()).recovery).toBe('corrupt');
  });
});

describe('browser portal: export and import', () => {
  it('exports readable JSON and imports it back, older versions included', async () => {
    const storage = new FakeStorage();
    const api = open(storage);
    must(await accept(api, HARRY));
    const file = await api.exportDocument();
    expect(file).toContain('\n  "version": 2');
    must(await api.reset());
    must(await api.importDocument(file));
    expect((await api.getSession())?.user.email).toBe(HARRY);
  });

  it('changes nothing for a bad or oversized file', async () => {
    const storage = new FakeStorage();
    const api = open(storage);
    const before = stored(storage);
    expect(await api.importDocument('not json')).toEqual({ ok: false, errors: { form: 'error.import.invalid' } });
    expect(await api.importDocument(' '.repeat(5_000_001))).toEqual({ ok: false, errors: { form: 'error.import.tooLarge' } });
    expect(stored(storage)).toBe(before);
  });
});
