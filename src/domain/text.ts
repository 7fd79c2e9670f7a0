/**
 * Input arrives from forms, other tabs and imported files: anything may come in. These helpers
 * turn it into something a rule can judge without ever throwing.
 */

/** A string trimmed, or '' for anything that is not a string. @example text('  a ') // 'a' */
export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Digits typed with a Japanese or Chinese input method are often full-width (`１２３`);
 * NFKC turns them into ASCII so the number still matches.
 * @example digits(' １２３ ') // '123'
 */
export function digits(value: unknown): string {
  return text(value).normalize('NFKC');
}

/** Length in characters as people count them (code points), not UTF-16 units. */
export function length(value: string): number {
  return [...value].length;
}

/**
 * A URI component decoded, or as written when it does not decode: a link cut or mistyped when
 * copied (`abc%E0%A4`) must reach a page that says it does not work, never an exception.
 * @example decoded('abc%20def') // 'abc def'; decoded('abc%E0%A4') // 'abc%E0%A4'
 */
export function decoded(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}
