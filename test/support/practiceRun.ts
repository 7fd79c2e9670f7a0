import type { LanguageId } from '../../src/domain/languages';
import { createPbkdf2Hasher } from '../../src/domain/passwordHash';
import type { PortalState } from '../../src/domain/state';
import { buildStart, createAttemptLog, type AttemptLog, type Facts, type Scenario } from '../../src/practice';
import { createSeed } from '../../src/store/seed';
import { parseDocument } from '../../src/store/parseDocument';
import { counter, createWorld, type World } from './model/world';

/** The seed a scenario starts from: Harry in any language (the page's), from any epoch. */
export interface SeedVariant {
  readonly language?: LanguageId;
  readonly epoch?: string;
}

/** The store's own seed for that variant (Harry's record, the agreement's contact and his first mail in `language`). */
export function seedFor(newId: () => string, variant: SeedVariant = {}): PortalState {
  return createSeed({ newId, ...(variant.epoch === undefined ? {} : { epoch: variant.epoch }), ...(variant.language === undefined ? {} : { language: variant.language }) });
}

/** A scenario ready to be tried: its start state in a memory store, and an empty attempt. */
export interface Run {
  readonly start: PortalState;
  readonly world: World;
  readonly log: AttemptLog;
  /** What the checks see now: the store's state read back through its own validated export. */
  facts(): Promise<Facts>;
}

export async function startRun(scenario: Scenario, variant: SeedVariant = {}): Promise<Run> {
  const newId = counter();
  const hasher = createPbkdf2Hasher(1);
  const start = await buildStart(scenario.start, { seed: seedFor(newId, variant), newId, hasher });
  const world = createWorld({ state: start, newId });
  const log = createAttemptLog();
  return {
    start,
    world,
    log,
    async facts() {
      const parsed = parseDocument(await world.store.exportDocument());
      if (!parsed.ok) throw new Error(`the store holds an invalid document: ${parsed.reason}`);
      return { start, state: parsed.document.state, attempt: log.entries() };
    },
  };
}
