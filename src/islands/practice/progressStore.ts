import { emptyProgress, parseProgress, serializeProgress, type Progress } from '../../practice/progress';

/** Where this browser keeps practice progress: apart from the portal documents. */
export const PROGRESS_KEY = 'business-center-help:practice-progress';
/** The last unreadable record, kept for whoever wants to look at it. */
export const PROGRESS_CORRUPT_KEY = `${PROGRESS_KEY}:corrupt`;

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export interface ProgressStore {
  read(): Progress;
  /** Applies `change` to the stored progress (read fresh: another tab may have written). */
  change(change: (progress: Progress) => Progress): Progress;
  /** The stored record was unreadable and was started again (the page says so once). */
  readonly recovered: boolean;
}

/**
 * Progress in `storage` (localStorage), validated on every read. A corrupt record is copied to
 * `PROGRESS_CORRUPT_KEY` and replaced by empty progress; storage that throws (blocked, full)
 * leaves progress in memory for this page, never an error.
 * @example createProgressStore(window.localStorage).change((p) => hintShown(p, 'work-account'))
 */
export function createProgressStore(storage: StorageLike | null): ProgressStore {
  let memory: Progress = emptyProgress;
  let recovered = false;
  const read = (): Progress => {
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
    } catch {
      // full or blocked: kept in memory for this page
    }
  };
  read();
  return {
    read,
    change(change) {
      const next = change(read());
      write(next);
      return next;
    },
    get recovered() {
      return recovered;
    },
  };
}

/** This page's progress store over localStorage (or memory where it is blocked). */
export function browserProgressStore(): ProgressStore {
  let storage: Storage | null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  return createProgressStore(storage);
}
