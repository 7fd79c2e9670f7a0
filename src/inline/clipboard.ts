/**
 * Puts `text` on the clipboard. There is no clipboard outside a secure context (http:// on another
 * host): the promise is then refused like any other refusal, and the caller says how to copy by hand.
 */
export function copyText(text: string): Promise<void> {
  return navigator.clipboard?.writeText(text) ?? Promise.reject(new Error('no clipboard'));
}
