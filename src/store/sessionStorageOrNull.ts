/**
 * `window.sessionStorage` (this tab's), or `null` where reading the property itself throws
 * (storage blocked). A leaf, like `localStorageOrNull`: search and practice use it without
 * loading the store.
 */
export function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
