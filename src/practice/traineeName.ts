/** The longest name the practice record takes, in characters (code points) after cleaning. */
export const TRAINEE_NAME_MAX = 80;

export type TraineeNameOutcome = { readonly ok: true; readonly name: string } | { readonly ok: false; readonly error: 'tooLong' };

/**
 * A name as the printed record shows it: format characters that print as nothing or reorder the
 * line (zero-width spaces, bidi overrides and isolates, soft hyphens: Unicode `Cf`) and control
 * characters removed, runs of spaces made one, trimmed. Empty means no name. Too long is refused,
 * never cut: a cut name would print as someone else's.
 * @example cleanTraineeName('  Harry\u202e Roldan ') // { ok: true, name: 'Harry Roldan' }
 */
export function cleanTraineeName(typed: string): TraineeNameOutcome {
  const name = typed.normalize('NFC').replace(/\s+/gu, ' ').replace(/[\p{Cf}\p{Cc}]/gu, '').replace(/ {2,}/g, ' ').trim();
  return [...name].length > TRAINEE_NAME_MAX ? { ok: false, error: 'tooLong' } : { ok: true, name };
}
