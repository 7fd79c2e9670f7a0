import { advance, parseDays } from '../clock';
import { fail } from '../errors';
import type { PortalState } from '../state';
import type { CommandResult } from './result';

/**
 * Jumps the simulated clock forward by whole days (1 to 3650, never past year 9999). Anyone may: it is a control of
 * the simulator, not of the portal. Invitations expire by themselves as the clock passes.
 */
export function advanceClock(state: PortalState, input: { readonly days?: unknown }): CommandResult {
  const days = parseDays(input.days);
  const clock = days === undefined ? undefined : advance(state.clock, days);
  return clock ? { ok: true, state: { ...state, clock } } : fail({ days: 'error.days.invalid' });
}
