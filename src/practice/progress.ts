import * as z from 'zod/mini';
import { TRAINEE_NAME_MAX } from './traineeName';

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
  /** The last attempt handed in under assessment: passed or failed, and when. */
  readonly assessment?: AssessmentResult;
}

export interface AssessmentResult {
  readonly result: 'passed' | 'failed';
  /** ISO time of the hand-in. */
  readonly at: string;
}

/** Every scenario's record by id; a scenario with no record is not started. */
export interface Progress {
  readonly scenarios: Readonly<Record<string, ScenarioProgress>>;
  /** Assessment mode: no hints, no Show me, each scenario handed in for a pass or a fail. */
  readonly assessment?: boolean;
  /** The name the trainee typed for the printed record (optional; see `traineeName.ts`). */
  readonly trainee?: string;
}

export type ScenarioStatus = 'not-started' | ScenarioProgress['status'];

const scenarioProgressSchema = z.object({
  status: z.enum(['in-progress', 'done']),
  attempts: z.number().check(z.int(), z.minimum(1)),
  hintsUsed: z.number().check(z.int(), z.minimum(0)),
  doneAt: z.optional(z.iso.datetime()),
  assessment: z.optional(z.object({ result: z.enum(['passed', 'failed']), at: z.iso.datetime() })),
});

const progressDocumentSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  scenarios: z.record(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)), scenarioProgressSchema),
  // Added after version 1 was first written: optional, so every earlier record still reads.
  assessment: z.optional(z.boolean()),
  trainee: z.optional(z.string().check(z.minLength(1), z.maxLength(TRAINEE_NAME_MAX))),
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
    if (result.success) {
      const { scenarios, assessment, trainee } = result.data;
      return { progress: { scenarios: scenarios as Progress['scenarios'], ...(assessment ? { assessment } : {}), ...(trainee ? { trainee } : {}) }, corrupt: false };
    }
  } catch {
    // not JSON: corrupt, below
  }
  return { progress: emptyProgress, corrupt: true };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progressRecord(progress));
}

/** The stored record as an object: what `serializeProgress` writes, and what an export file carries. */
export function progressRecord(progress: Progress): { readonly version: number; readonly scenarios: Progress['scenarios']; readonly assessment?: boolean; readonly trainee?: string } {
  return { version: PROGRESS_VERSION, scenarios: progress.scenarios, ...(progress.assessment ? { assessment: true } : {}), ...(progress.trainee ? { trainee: progress.trainee } : {}) };
}

/** The trainee's name for the printed record, already cleaned (`cleanTraineeName`); empty forgets it. */
export function traineeNamed(progress: Progress, name: string): Progress {
  const { trainee: _before, ...rest } = progress;
  return name ? { ...rest, trainee: name } : rest;
}

export function statusOf(progress: Progress, id: string): ScenarioStatus {
  return progress.scenarios[id]?.status ?? 'not-started';
}

/** How many of `ids` are done: the list's "4 of 11". */
export function doneCount(progress: Progress, ids: readonly string[]): number {
  return ids.filter((id) => statusOf(progress, id) === 'done').length;
}

function update(progress: Progress, id: string, change: (record: ScenarioProgress | undefined) => ScenarioProgress): Progress {
  return { ...progress, scenarios: { ...progress.scenarios, [id]: change(progress.scenarios[id]) } };
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

/** Assessment mode switched on or off: every scenario's record stays as it was. */
export function assessmentSwitched(progress: Progress, on: boolean): Progress {
  const { assessment: _was, ...rest } = progress;
  return on ? { ...rest, assessment: true } : rest;
}

/**
 * An assessed attempt handed in at `now`: passed when every check had passed, else failed. The
 * last hand-in is the scenario's result; a pass also counts the scenario as done.
 */
export function handedIn(progress: Progress, id: string, passed: boolean, now: Date): Progress {
  const marked = passed ? scenarioDone(progress, id, now) : progress;
  return update(marked, id, (record) => ({
    ...(record ?? { status: 'in-progress', attempts: 1, hintsUsed: 0 }),
    assessment: { result: passed ? 'passed' : 'failed', at: now.toISOString() },
  }));
}

/** The summary's score: scenarios of `ids` whose last hand-in passed, failed, and how many there are. */
export function assessmentScore(progress: Progress, ids: readonly string[]): { readonly passed: number; readonly failed: number; readonly total: number } {
  const results = ids.map((id) => progress.scenarios[id]?.assessment?.result);
  return { passed: results.filter((result) => result === 'passed').length, failed: results.filter((result) => result === 'failed').length, total: ids.length };
}

/** What an export file says of practice: nothing (an older file), progress to restore, or a part that cannot be trusted. */
export type ExportedProgress = { readonly kind: 'none' } | { readonly kind: 'progress'; readonly progress: Progress } | { readonly kind: 'invalid' };

/**
 * The simulator's export file with this browser's progress beside the portal document (the
 * `practice` member; the portal's schema ignores members it does not know), when there is any.
 * @example withProgress('{"version":2,…}', progress) // '{"version":2,…,"practice":{"version":1,…}}'
 */
export function withProgress(documentText: string, progress: Progress): string {
  // No practice yet: the file stays what it always was, and importing it says nothing of practice.
  if (Object.keys(progress.scenarios).length === 0 && !progress.assessment) return documentText;
  const document = JSON.parse(documentText) as Record<string, unknown>;
  return JSON.stringify({ ...document, practice: progressRecord(progress) }, null, 2);
}

/** The progress an export file carries, read as strictly as the stored record. */
export function progressInExport(text: string): ExportedProgress {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { kind: 'none' }; // not JSON: the portal's import says so
  }
  if (typeof file !== 'object' || file === null || !('practice' in file)) return { kind: 'none' };
  const outcome = parseProgress(JSON.stringify(file.practice));
  return outcome.corrupt ? { kind: 'invalid' } : { kind: 'progress', progress: outcome.progress };
}

/**
 * The scenario a debrief offers next: the first one after `current` in `order` (the list's order,
 * going round to the start) that is not done; `undefined` when every other one is done.
 * @example nextScenario(['a', 'b', 'c'], 'b', progress) // 'c' unless c is done, then 'a' unless a is done
 */
export function nextScenario(order: readonly string[], current: string, progress: Progress): string | undefined {
  const at = order.indexOf(current);
  const after = [...order.slice(at + 1), ...order.slice(0, Math.max(at, 0))];
  return after.find((id) => id !== current && statusOf(progress, id) !== 'done');
}
