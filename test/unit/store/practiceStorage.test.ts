import { describe, expect, it } from 'vitest';
import { createPbkdf2Hasher } from '../../../src/domain/passwordHash';
import { createMemoryPortal } from '../../../src/store/memoryPortal';
import { attemptKey, scenarioKey } from '../../../src/store/practice/keys';
import { createScenarioStorage } from '../../../src/store/practice/scenarioStorage';

function memoryStorage() {
  const items = new Map<string, string>();
  return { items, getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

describe('a scenario’s storage', () => {
  it('resumes only when the scenario’s own document was kept, and keeps the attempt beside it', async () => {
    const storage = memoryStorage();
    storage.setItem('business-center-help:portal', 'the free simulator');
    const first = createScenarioStorage('work-account', storage);
    expect(first.resumable).toBe(false);
    await first.portal.reset();
    expect(first.attempt?.write('an attempt')).toBe(true);
    const again = createScenarioStorage('work-account', storage);
    expect(again.resumable).toBe(true);
    expect(again.attempt?.read()).toBe('an attempt');
    expect(storage.items.get(attemptKey('work-account'))).toBe('an attempt');
    expect(storage.items.get('business-center-help:portal')).toBe('the free simulator');
    expect(storage.items.has(scenarioKey('work-account'))).toBe(true);
  });

  it('answers a refused write with false and an unreadable one with nothing, never an exception', () => {
    const refusing = { getItem: (): string | null => { throw new DOMException('blocked', 'SecurityError'); }, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    const kept = createScenarioStorage('work-account', refusing);
    expect(kept.resumable).toBe(false);
    expect(kept.attempt?.read()).toBeNull();
    expect(kept.attempt?.write('an attempt')).toBe(false);
    expect(createScenarioStorage('work-account', null).attempt).toBeNull();
  });
});

describe('the portal’s snapshot', () => {
  it('is the state its exported document holds, read without the file', async () => {
    const portal = createMemoryPortal({ hasher: createPbkdf2Hasher(1) });
    await portal.advanceClock({ days: 3 });
    const exported = JSON.parse(await portal.exportDocument()) as { state: unknown; revision: number };
    expect(await portal.getSnapshot()).toEqual({ state: exported.state, revision: exported.revision });
  });
});
