import { localStorageOrNull } from '../localStorageOrNull';
import type { StorageLike } from '../storageBackend';
import { CORRUPT_SUFFIX } from './keys';

/** How a record is read from its stored text and written back. */
export interface RecordCodec<T> {
  readonly empty: T;
  /** The record in `text` (`null`: nothing stored yet); `corrupt` when stored text could not be trusted. */
  parse(text: string | null): { readonly value: T; readonly corrupt: boolean };
  serialize(value: T): string;
}

export interface KeptRecord<T> {
  read(): T;
  /** Applies `change` to the stored record (read fresh: another tab may have written). */
  change(change: (value: T) => T): T;
  /** Called after every change, this page's or another tab's. */
  subscribe(listener: () => void): () => void;
  /** The stored record was unreadable and was started again (the page says so once). */
  readonly recovered: boolean;
  /** The last write was refused (storage full or blocked): the record lives in this page only. */
  readonly unsaved: boolean;
}

/** Where another tab's writes are heard: `window` in the browser. */
type StorageEvents = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/**
 * One small record in `storage` (localStorage) under `key`, validated on every read. A corrupt
 * record is copied to `key + ':corrupt'` and replaced by the empty one; storage that throws
 * (blocked, full) leaves the record in memory for this page, never an error.
 * @example createKeptRecord(window.localStorage, PROGRESS_KEY, progressCodec).change((p) => hintShown(p, 'work-account'))
 */
export function createKeptRecord<T>(storage: StorageLike | null, key: string, codec: RecordCodec<T>, events?: StorageEvents): KeptRecord<T> {
  let memory: T = codec.empty;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  let recovered = false;
  let unsaved = false;
  const read = (): T => {
    // A refused write left the newest record in memory only: the stored text is older.
    if (unsaved) return memory;
    let text: string | null;
    try {
      text = storage?.getItem(key) ?? null;
    } catch {
      return memory;
    }
    const outcome = codec.parse(text);
    if (outcome.corrupt && text !== null) {
      recovered = true;
      write(codec.empty);
      try {
        storage?.setItem(key + CORRUPT_SUFFIX, text);
      } catch {
        // the copy is a courtesy: losing it loses nothing the trainee can use
      }
    }
    memory = outcome.value;
    return memory;
  };
  const write = (value: T) => {
    memory = value;
    try {
      storage?.setItem(key, codec.serialize(value));
      unsaved = false;
    } catch {
      // full or blocked: kept in memory for this page, and the page says so
      unsaved = true;
    }
  };
  read();
  return {
    read,
    change(change) {
      const next = change(read());
      write(next);
      notify();
      return next;
    },
    subscribe(listener) {
      listeners.add(listener);
      // Another tab's write (the storage event never fires in the tab that wrote).
      const heard = (event: Event) => {
        const changed = (event as StorageEvent).key;
        if (changed === key || changed === null) {
          read();
          listener();
        }
      };
      events?.addEventListener('storage', heard);
      return () => {
        listeners.delete(listener);
        events?.removeEventListener('storage', heard);
      };
    },
    get recovered() {
      return recovered;
    },
    get unsaved() {
      return unsaved;
    },
  };
}

/** The record under `key` in this browser's localStorage (in memory where it is blocked), following other tabs. */
export function browserKeptRecord<T>(key: string, codec: RecordCodec<T>): KeptRecord<T> {
  return createKeptRecord(localStorageOrNull(), key, codec, window);
}
