import { createMemoryBackend } from './backend';
import { createPortal } from './createPortal';
import { resolveOptions, type PortalOptions } from './options';
import type { PortalApi } from './portalApi';
import { createStorageBackend, type StorageEvents, type StorageLike } from './storageBackend';

/** The localStorage key of the portal document. */
export const STORAGE_KEY = 'business-center-help:portal';

export interface BrowserPortalOptions extends PortalOptions {
  /** `localStorage`, or any Storage-like object (a benchmark's or a test's). `null`: none usable. */
  readonly storage: StorageLike | null;
  readonly key?: string;
  /** Where `storage` events arrive, to follow other tabs (`window`); omit to ignore them. */
  readonly events?: StorageEvents;
}

function readable(storage: StorageLike, key: string): boolean {
  try {
    storage.getItem(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * The portal the site uses: one versioned document in localStorage, validated on load,
 * migrated from older versions, recovered when corrupt, kept in step with other tabs. When
 * storage cannot be read at all it runs in memory and `getStatus()` says `unavailable`.
 * @example const portal = createBrowserPortal({ storage: window.localStorage, events: window });
 */
export function createBrowserPortal(options: BrowserPortalOptions): PortalApi {
  const { seed } = resolveOptions(options);
  const key = options.key ?? STORAGE_KEY;
  const { storage } = options;
  const backend =
    storage && readable(storage, key) ? createStorageBackend(storage, key, seed, options.events) : createMemoryBackend(seed(), 'unavailable');
  return createPortal(backend, options);
}
