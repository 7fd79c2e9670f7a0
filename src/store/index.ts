/**
 * The portal simulator's store: the PortalApi, its memory and browser implementations, the
 * seed, and the page-wide instance every island shares.
 */
import { createBrowserPortal } from './browserPortal';
import { createMemoryPortal } from './memoryPortal';
import { pageLanguage } from './pageLanguage';
import type { PortalApi } from './portalApi';
import { localStorageOrNull } from './localStorageOrNull';

export type { PortalApi, PortalChange } from './portalApi';
export type { Snapshot as PortalSnapshot, StoreStatus } from './backend';
export type * from './viewTypes';
export { createBrowserPortal, STORAGE_KEY, type BrowserPortalOptions } from './browserPortal';
export { createMemoryPortal, type MemoryPortalOptions } from './memoryPortal';
export type { PortalOptions } from './options';
export { createSeed, SEED_EPOCH } from './seed';
export type { StorageLike, StorageEvents } from './storageBackend';
export { DOCUMENT_VERSION } from './documentSchema';
export { setPageLanguage } from './pageLanguage';
export { localStorageOrNull } from './localStorageOrNull';

let portal: PortalApi | undefined;

/**
 * Gives this page its own portal before any island asks for one: a practice page keeps each
 * scenario under its own storage key, apart from the free simulator's document.
 * @example providePortal(createBrowserPortal({ storage: localStorage, key: 'business-center-help:practice:work-account', events: window }))
 */
export function providePortal(pagePortal: PortalApi): void {
  portal = pagePortal;
}

/**
 * The one portal of this page, shared by every island (React context cannot span islands).
 * In a browser it lives in localStorage; during server rendering, in memory.
 * @example const session = await getPortal().getSession();
 */
export function getPortal(): PortalApi {
  // The page's language (set before the first island asked): Harry's, if this page seeds the store.
  const language = pageLanguage();
  portal ??= typeof window === 'undefined' ? createMemoryPortal({ language }) : createBrowserPortal({ storage: localStorageOrNull(), events: window, language });
  return portal;
}
