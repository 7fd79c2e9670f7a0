import type { PortalState } from '../domain/state';
import type { Backend, Snapshot, StoreStatus } from './backend';
import { parseDocument, serializeDocument } from './parseDocument';

/** The part of the Web Storage API used: `localStorage`, or any object that behaves like it. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Where `storage` events arrive (`window` in a browser). */
export interface StorageEvents {
  addEventListener(type: 'storage', listener: (event: Pick<StorageEvent, 'key'>) => void): void;
}

/** The suffix under which unreadable data is set aside (one copy: the latest). */
export const SET_ASIDE_SUFFIX = ':corrupt';

/**
 * Keeps the portal as one versioned JSON document under `key`. Every read compares the stored
 * text with the last one seen, so a change from another tab is picked up (and validated) even
 * before its `storage` event arrives. Unreadable or invalid text is copied to
 * `key + ':corrupt'` and replaced by the seed, with `recovery: 'corrupt'` for the UI to show.
 * When the browser refuses a save (quota full, storage blocked), practice goes on in memory for
 * the rest of the page's life (`recovery: 'unsaved'`): refusing every later action would leave
 * nothing to practise in that browser, and the UI says the work is lost on leaving the page.
 */
export function createStorageBackend(storage: StorageLike, key: string, seed: () => PortalState, events?: StorageEvents): Backend {
  let seenText: string | null = null;
  let snapshot: Snapshot | undefined;
  let recovery: StoreStatus['recovery'] = 'none';
  /** Set once the browser refused a save: from then on the state lives in this page only. */
  let inMemory = false;

  function save(next: Snapshot): boolean {
    if (!inMemory) {
      const text = serializeDocument(next.state, next.revision);
      try {
        storage.setItem(key, text);
        seenText = text;
      } catch {
        // Quota exceeded, private mode, storage disabled: keep practising in memory, say so.
        inMemory = true;
        recovery = 'unsaved';
      }
    }
    snapshot = next;
    return true;
  }

  /** Replaces missing or unreadable stored text by the seed (in memory if it cannot be saved). */
  function reseed(): Snapshot {
    const fresh = { state: seed(), revision: (snapshot?.revision ?? 0) + 1 };
    save(fresh);
    return fresh;
  }

  function setAside(text: string): void {
    try {
      storage.setItem(key + SET_ASIDE_SUFFIX, text);
    } catch {
      // No room for the copy: recovering matters more than keeping it.
    }
  }

  function read(): Snapshot {
    if (inMemory && snapshot) return snapshot; // the stored text is older than what this page holds
    let text: string | null;
    try {
      text = storage.getItem(key);
    } catch {
      return snapshot ?? reseed(); // unreadable this time: answer the last state we know
    }
    if (snapshot && text === seenText) return snapshot;
    if (text === null) return reseed();
    const parsed = parseDocument(text);
    if (parsed.ok) {
      seenText = text;
      snapshot = { state: parsed.document.state, revision: parsed.document.revision };
      return snapshot;
    }
    setAside(text);
    recovery = 'corrupt';
    return reseed();
  }

  let onChange: ((revision: number) => void) | undefined;
  events?.addEventListener('storage', (event) => {
    if (event.key !== key && event.key !== null) return;
    const before = snapshot;
    const after = read();
    if (after !== before) onChange?.(after.revision);
  });

  read();
  return {
    read,
    write: (state) => save({ state, revision: read().revision + 1 }),
    status: () => ({ persistence: inMemory ? 'memory' : 'localStorage', recovery, revision: read().revision }),
    acknowledgeRecovery() {
      recovery = 'none';
    },
    onExternalChange(callback) {
      onChange = callback;
    },
  };
}
