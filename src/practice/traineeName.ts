import { length } from '../domain/text';
import { MAX_NAME_LENGTH, normalizeName } from '../domain/personName';

/** The longest name the practice record takes: the simulator's own limit for a person's name. */
export const TRAINEE_NAME_MAX = MAX_NAME_LENGTH;

export type TraineeNameOutcome = { readonly ok: true; readonly name: string } | { readonly ok: false; readonly error: 'tooLong' };

/**
 * A name as the printed record shows it, cleaned by the simulator's person-name rule
 * (`normalizeName`: no bidi overrides, zero-width or other invisible format characters, line
 * breaks made spaces, trimmed). Empty means no name. Too long is refused, never cut: a cut name
 * would print as someone else's.
 * @example cleanTraineeName('  Harry\u202e Roldan ') // { ok: true, name: 'Harry Roldan' }
 */
export function cleanTraineeName(typed: string): TraineeNameOutcome {
  const name = normalizeName(typed);
  return length(name) > TRAINEE_NAME_MAX ? { ok: false, error: 'tooLong' } : { ok: true, name };
}
