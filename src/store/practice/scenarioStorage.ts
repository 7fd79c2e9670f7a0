import { createBrowserPortal } from '../browserPortal';
import { localStorageOrNull } from '../localStorageOrNull';
import type { PortalApi } from '../portalApi';
import type { StorageEvents, StorageLike } from '../storageBackend';
import { attemptKey, scenarioKey } from './keys';

/** Where a scenario's attempt (start state, log, hints) is kept beside its portal document. */
export interface AttemptSlot {
  /** The kept text, or `null` when there is none or storage refused to read it. */
  read(): string | null;
  /** False when the browser refused the write (storage full or blocked). */
  write(text: string): boolean;
}

/** One practice scenario's storage: its own portal, apart from the free simulator's, and its attempt. */
export interface ScenarioStorage {
  readonly portal: PortalApi;
  /** The portal document was kept before this page opened it, so the kept attempt can go on. */
  readonly resumable: boolean;
  /** `null` when this browser has no usable storage: the work then lasts as long as the page. */
  readonly attempt: AttemptSlot | null;
}

/** The attempt slot of scenario `id` in `storage`; `null` without storage. */
export function createAttemptSlot(storage: StorageLike | null, id: string): AttemptSlot | null {
  if (!storage) return null;
  const key = attemptKey(id);
  return {
    read() {
      try {
        return storage.getItem(key);
      } catch {
        return null;
      }
    },
    write(text) {
      try {
        storage.setItem(key, text);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * Scenario `id`'s portal and attempt in `storage` (localStorage in the browser), following other
 * tabs through `events`.
 * @example const { portal, resumable, attempt } = createScenarioStorage('work-account', localStorage, window);
 */
export function createScenarioStorage(id: string, storage: StorageLike | null, events?: StorageEvents): ScenarioStorage {
  const key = scenarioKey(id);
  let resumable: boolean;
  try {
    resumable = storage !== null && storage.getItem(key) !== null;
  } catch {
    resumable = false;
  }
  const portal = createBrowserPortal({ storage, key, ...(events ? { events } : {}) });
  return { portal, resumable, attempt: createAttemptSlot(storage, id) };
}

/** Scenario `id`'s storage in this browser's localStorage (in memory where it is blocked). */
export function browserScenarioStorage(id: string): ScenarioStorage {
  return createScenarioStorage(id, localStorageOrNull(), window);
}
