import { localStorageOrNull } from '../localStorageOrNull';
import { isPracticeKey } from './keys';

type KeyedStorage = Pick<Storage, 'key' | 'length' | 'removeItem'>;

/**
 * Forgets all practice in this browser: progress, every scenario's portal document and attempt,
 * their corrupt copies. The free simulator (`business-center-help:portal`) is not touched.
 * Returns false when storage refused (the page says so; nothing is half-promised).
 */
export function resetPractice(storage: KeyedStorage | null = localStorageOrNull()): boolean {
  if (!storage) return false;
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key !== null && isPracticeKey(key)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
