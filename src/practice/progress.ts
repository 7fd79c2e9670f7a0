import * as z from 'zod/mini';

/** The version `serializeProgress` writes; a stored record of another version is read as corrupt. */
export const PROGRESS_VERSION = 1;

/** One scenario's record in this browser. `done` stays once reached, even after Start over. */
export interface ScenarioProgress {
  readonly status: 'in-progress' | 'done';
  /** Attempts begun: the first start and every Start over. */
  readonly attempts: number;
  /** Hints shown, counted over every attempt. */
  readonly hintsUsed: number;
  /** ISO time of the first success. */
  readonly doneAt?: string;
}

/** Every scenario's record by id; a scenario with no record is not started. */
export interface Progress {
  readonly scenarios: Readonly<Record<string, ScenarioProgress>>;
}

export type ScenarioStatus = 'not-started' | ScenarioProgress['status'];

const scenarioProgressSchema = z.object({
  status: z.enum(['in-progress', 'done']),
  attempts: z.number().check(z.int(), z.minimum(1)),
  hintsUsed: z.number().check(z.int(), z.minimum(0)),
  doneAt: z.optional(z.iso.datetime()),
});

const progressDocumentSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  scenarios: z.record(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)), scenarioProgressSchema),
});

export const emptyProgress: Progress = { scenarios: {} };

/** What a stored text holds: its progress, or (`corrupt`) an empty one to start again from. */
export type ProgressOutcome = { readonly progress: Progress; readonly corrupt: boolean };

/**
 * Reads stored progress. No text yet is empty progress; text that is not a valid record (edited
 * by hand, cut short, another version) is `corrupt`: the caller keeps a copy and says so.
 * @example parseProgress(null) // { progress: { scenarios: {} }, corrupt: false }
 */
export function parseProgress(text: string | null): ProgressOutcome {
  if (text === null) return { progress: emptyProgress, corrupt: false };
  try {
    const result = progressDocumentSchema.safeParse(JSON.parse(text));
    if (result.success) return { progress: { scenarios: result.data.scenarios as Progress['scenarios'] }, corrupt: false };
  } catch {
    // not JSON: corrupt, below
  }
  return { progress: emptyProgress, corrupt: true };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ version: PROGRESS_VERSION, scenarios: progress.scenarios });
}

export function statusOf(progress: Progress, id: string): ScenarioStatus {
  return progress.scenarios[id]?.status ?? 'not-started';
}

/** How many of `ids` are done: the list's "4 of 11". */
export function doneCount(progress: Progress, ids: readonly string[]): number {
  return ids.filter((id) => statusOf(progress, id) === 'done').length;
}

function update(progress: Progress, id: string, change: (record: ScenarioProgress | undefined) => ScenarioProgress): Progress {
  return { scenarios: { ...progress.scenarios, [id]: change(progress.scenarios[id]) } };
}

/** A new attempt begins (the first visit, or Start over): a done scenario stays done. */
export function attemptStarted(progress: Progress, id: string): Progress {
  return update(progress, id, (record) => (record ? { ...record, attempts: record.attempts + 1 } : { status: 'in-progress', attempts: 1, hintsUsed: 0 }));
}

export function hintShown(progress: Progress, id: string): Progress {
  return update(progress, id, (record) => ({ ...(record ?? { status: 'in-progress', attempts: 1, hintsUsed: 0 }), hintsUsed: (record?.hintsUsed ?? 0) + 1 }));
}

/** Every check passed at `now`: the first time is kept. */
export function scenarioDone(progress: Progress, id: string, now: Date): Progress {
  return update(progress, id, (record) => {
    const base = record ?? { status: 'in-progress' as const, attempts: 1, hintsUsed: 0 };
    return base.status === 'done' ? base : { ...base, status: 'done', doneAt: now.toISOString() };
  });
}
