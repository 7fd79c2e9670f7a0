import * as z from 'zod/mini';
import { addDays } from '../domain/clock';
import { DOCUMENT_VERSION } from './documentSchema';

/**
 * Older stored documents, brought up to the current version one step at a time before the
 * current schema checks them. Version 1 was the first draft of the format: the clock was a
 * day count and there were no associated domains, and no revision counter. It stays as the
 * first migration so the path from an old document is exercised from the start.
 */
const version1 = z.looseObject({
  version: z.literal(1),
  state: z.looseObject({ clock: z.object({ epoch: z.iso.datetime(), day: z.int().check(z.minimum(0), z.maximum(100_000)) }) }),
});

type Migration = (document: unknown) => unknown;

/** `migrations[n]` turns a version-n document into a version n+1 one, or throws if it cannot. */
const migrations: Readonly<Record<number, Migration>> = {
  1: (document) => {
    const { state } = version1.parse(document);
    const { clock, ...rest } = state;
    return { version: 2, revision: 0, state: { ...rest, domains: [], clock: { epoch: clock.epoch, now: addDays(clock.epoch, clock.day) } } };
  },
};

const versioned = z.looseObject({ version: z.int() });

/**
 * Runs the migrations from the document's version to the current one. A document of the
 * current version, of an unknown (say, future) version, or without one comes back unchanged
 * for the schema to judge.
 * @example migrate({ version: 1, state: { clock: { epoch, day: 3 }, … } }) // { version: 2, revision: 0, … }
 */
export function migrate(document: unknown): unknown {
  let current = document;
  for (;;) {
    const parsed = versioned.safeParse(current);
    const step = parsed.success && parsed.data.version < DOCUMENT_VERSION ? migrations[parsed.data.version] : undefined;
    if (!step) return current;
    current = step(current);
  }
}
