import { browserKeptRecord, createKeptRecord, type KeptRecord, type RecordCodec } from '../store/practice/keptRecord';
import { PROGRESS_KEY } from '../store/practice/keys';
import type { StorageLike } from '../store/storageBackend';
import { emptyProgress, parseProgress, serializeProgress, type Progress } from './progress';

/** Progress over every scenario in this browser, with the assessment switch and the trainee's name. */
export type ProgressStore = KeptRecord<Progress>;

const progressCodec: RecordCodec<Progress> = {
  empty: emptyProgress,
  parse(text) {
    const { progress, corrupt } = parseProgress(text);
    return { value: progress, corrupt };
  },
  serialize: serializeProgress,
};

/**
 * Progress kept in `storage` by the store (validated on every read, a corrupt record copied aside
 * and replaced, memory when storage throws): a test's or a benchmark's storage.
 * @example createProgressStore(memoryStorage()).change((p) => hintShown(p, 'work-account'))
 */
export function createProgressStore(storage: StorageLike | null, events?: Pick<Window, 'addEventListener' | 'removeEventListener'>): ProgressStore {
  return createKeptRecord(storage, PROGRESS_KEY, progressCodec, events);
}

/** This page's progress in localStorage (or memory where it is blocked), following other tabs. */
export function browserProgressStore(): ProgressStore {
  return browserKeptRecord(PROGRESS_KEY, progressCodec);
}
