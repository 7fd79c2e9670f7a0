/**
 * `window.localStorage`, or `null` where reading the property itself throws (storage blocked).
 * A leaf: the practice list and record pages use it without loading the store.
 */
export function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
