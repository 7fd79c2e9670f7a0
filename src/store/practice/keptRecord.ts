import { emptyProgress, parseProgress, serializeProgress, type Progress } from '../../practice/progress';
import { localStorageOrNull } from '../../store/localStorageOrNull';
import { PROGRESS_CORRUPT_KEY, PROGRESS_KEY } from './storageKeys';

export { PROGRESS_CORRUPT_KEY, PROGRESS_KEY };

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;
/** Where another tab's writes are heard: `window` in the browser. */
type StorageEvents = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export interface ProgressStore {
  read(): Progress;
  /** Applies `change` to the stored progress (read fresh: another tab may have written). */
  change(change: (progress: Progress) => Progress): Progress;
  /** Called after every change, this page's or another tab's. */
  subscribe(listener: () => void): () => void;
  /** The stored record was unreadable and was started again (the page says so once). */
  readonly recovered: boolean;
  /** The last write was refused (storage full or blocked): progress lives in this page only. */
  readonly unsaved: boolean;
}

/**
 * Progress in `storage` (localStorage), validated on every read. A corrupt record is copied to
 * `PROGRESS_CORRUPT_KEY` and replaced by empty progress; storage that throws (blocked, full)
 * leaves progress in memory for this page, never an error.
 * @example createProgressStore(window.localStorage).change((p) => hintShown(p, 'work-account'))
 */
export function createProgressStore(storage: StorageLike | null, events?: StorageEvents): ProgressStore {
  let memory: Progress = emptyProgress;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  let recovered = false;
  let unsaved = false;
  const read = (): Progress => {
    // A refused write left the newest progress in memory only: the stored text is older.
    if (unsaved) return memory;
    let text: string | null;
    try {
      text = storage?.getItem(PROGRESS_KEY) ?? null;
    } catch {
      return memory;
    }
    const outcome = parseProgress(text);
    if (outcome.corrupt && text !== null) {
      recovered = true;
      write(emptyProgress);
      try {
        storage?.setItem(PROGRESS_CORRUPT_KEY, text);
      } catch {
        // the copy is a courtesy: losing it loses nothing the trainee can use
      }
    }
    memory = outcome.progress;
    return memory;
  };
  const write = (progress: Progress) => {
    memory = progress;
    try {
      storage?.setItem(PROGRESS_KEY, serializeProgress(progress));
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
        const key = (event as StorageEvent).key;
        if (key === PROGRESS_KEY || key === null) {
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

/** This page's progress store over localStorage (or memory where it is blocked). */
export function browserProgressStore(): ProgressStore {
  return createProgressStore(localStorageOrNull(), window);
}
