import type { ErrorKey } from './errors';
import { length, text } from './text';

/** Long enough for any real name, short enough to lay out. */
export const MAX_NAME_LENGTH = 100;
// Control characters (line breaks, NUL…) would break mail headers and layouts.
// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u001f\u007f-\u009f]/;

/** A name as stored: trimmed, inner runs of spaces kept as typed. */
export function normalizeName(value: unknown): string {
  return text(value);
}

/** @example validateName('  ') // 'error.name.empty'; validateName('Harry Roldan') // undefined */
export function validateName(value: unknown): ErrorKey | undefined {
  const name = normalizeName(value);
  if (name === '') return 'error.name.empty';
  if (length(name) > MAX_NAME_LENGTH) return 'error.name.tooLong';
  return control.test(name) ? 'error.name.malformed' : undefined;
}
