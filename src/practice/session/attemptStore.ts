import * as z from 'zod/mini';
import type { PortalState } from '../../domain/state';
import type { AttemptEntry } from '../attempt';
import { parseDocument } from '../../store/parseDocument';

/** One attempt as this browser keeps it beside the scenario's portal document. */
export interface SavedAttempt {
  /** The start state, as the store's own document text (validated like any stored document). */
  readonly start: PortalState;
  readonly entries: readonly AttemptEntry[];
  /** Hints shown in this attempt. */
  readonly hints: number;
  /** Every check passed at some point of this attempt: the debrief stays, whatever came after. */
  readonly done: boolean;
  /** The attempt began in assessment mode: no hints, no Show me, handed in for a result. */
  readonly assessed: boolean;
  /** What the hand-in of this (assessed) attempt gave; none before it is handed in. */
  readonly handedIn?: 'passed' | 'failed';
}

const VERSION = 1;

// Entries are checked for their shape; their meaning is read by the checks, which ask for
// exactly what they need and find nothing in an entry of the wrong kind.
const entrySchema = z.looseObject({ kind: z.enum(['event', 'answer', 'opened', 'answered']) });
const savedSchema = z.object({
  version: z.literal(VERSION),
  start: z.string(),
  entries: z.array(entrySchema).check(z.maxLength(5000)),
  hints: z.number().check(z.int(), z.minimum(0)),
  done: z.boolean(),
  // Optional: attempts kept before assessment mode existed read as practice attempts.
  assessed: z.optional(z.boolean()),
  handedIn: z.optional(z.enum(['passed', 'failed'])),
});

/** The saved attempt in `text`, or `undefined` when there is none or it cannot be trusted (start again). */
export function parseAttempt(text: string | null): SavedAttempt | undefined {
  if (text === null) return undefined;
  try {
    const saved = savedSchema.safeParse(JSON.parse(text));
    if (!saved.success) return undefined;
    const start = parseDocument(saved.data.start);
    if (!start.ok) return undefined;
    const { entries, hints, done, assessed, handedIn } = saved.data;
    return { start: start.document.state, entries: entries as unknown as AttemptEntry[], hints, done, assessed: assessed ?? false, ...(handedIn ? { handedIn } : {}) };
  } catch {
    return undefined;
  }
}

export function serializeAttempt(attempt: SavedAttempt, startDocument: string): string {
  const { entries, hints, done, assessed, handedIn } = attempt;
  return JSON.stringify({ version: VERSION, start: startDocument, entries, hints, done, assessed, ...(handedIn ? { handedIn } : {}) });
}
