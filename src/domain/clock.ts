import type { ErrorKey } from './errors';

export const DAY_MS = 86_400_000;
/** The largest single jump forward: ten years is plenty to pass any expiry. */
export const MAX_ADVANCE_DAYS = 3650;
/** The clock stops short of year 10000, where ISO timestamps change shape. */
export const CLOCK_LIMIT = '9999-01-01T00:00:00.000Z';

/**
 * The simulated clock. Time only moves when the learner jumps it forward, so a 60-day expiry
 * can be tried in a second. `epoch` is day 0, the day the seed's invitation was issued.
 */
export interface SimClock {
  readonly epoch: string;
  readonly now: string;
}

/** @example addDays('2016-11-01T09:00:00.000Z', 60) // '2016-12-31T09:00:00.000Z' */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}

/** Whole days since day 0. @example dayOf({ epoch: '2016-11-01T09:00:00.000Z', now: '2016-11-03T09:00:00.000Z' }) // 2 */
export function dayOf(clock: SimClock): number {
  return Math.floor((Date.parse(clock.now) - Date.parse(clock.epoch)) / DAY_MS);
}

/** The days field: a whole number from 1 to 3650, typed or given as a number. */
export function parseDays(value: unknown): number | undefined {
  const days = typeof value === 'string' && /^\s*\d{1,4}\s*$/.test(value) ? Number(value) : value;
  return typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= MAX_ADVANCE_DAYS ? days : undefined;
}

/** @example validateDays(0) // 'error.days.invalid' */
export function validateDays(value: unknown): ErrorKey | undefined {
  return parseDays(value) === undefined ? 'error.days.invalid' : undefined;
}

/** The clock `days` whole days later, or `undefined` past the limit. */
export function advance(clock: SimClock, days: number): SimClock | undefined {
  const now = Date.parse(clock.now) + days * DAY_MS;
  return now > Date.parse(CLOCK_LIMIT) ? undefined : { epoch: clock.epoch, now: new Date(now).toISOString() };
}
