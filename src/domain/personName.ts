import type { ErrorKey } from './errors';
import { length, text } from './text';

/** Long enough for any real name, short enough to lay out. */
export const MAX_NAME_LENGTH = 100;
// Control characters (line breaks, NUL…) would break mail headers and layouts.
// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u001f\u007f-\u009f]/;
/**
 * Invisible format characters (Unicode category Cf): bidirectional controls such as U+202E,
 * which show `Harry\u202Egnp.exe` as "Harryexe.png", zero-width spaces, the BOM, soft hyphens.
 * The zero-width joiner and non-joiner (U+200C, U+200D) stay: they decide how letters join in
 * Persian or Indic names and in emoji, and reverse nothing.
 */
const invisible = /(?![\u200c\u200d])\p{Cf}/gu;
// eslint-disable-next-line no-control-regex
const blanks = /[\s\u0000-\u001f\u007f-\u009f]+/gu;

/**
 * A name as stored and as written in a message: composed (NFC), without invisible format
 * characters, every run of spaces, line breaks or control characters one space, trimmed.
 * @example normalizeName(' Harry\u202E \n Roldan ') // 'Harry Roldan'
 */
export function normalizeName(value: unknown): string {
  return text(value).normalize('NFC').replace(invisible, '').replace(blanks, ' ').trim();
}

/**
 * The simulator's rule for a person's name: not empty and at most `MAX_NAME_LENGTH` characters
 * once normalized; a control character typed into the simulator's form is refused, not changed.
 * @example validateName('  ') // 'error.name.empty'; validateName('Harry Roldan') // undefined
 */
export function validateName(value: unknown): ErrorKey | undefined {
  const name = normalizeName(value);
  if (name === '') return 'error.name.empty';
  if (length(name) > MAX_NAME_LENGTH) return 'error.name.tooLong';
  return control.test(text(value)) ? 'error.name.malformed' : undefined;
}
