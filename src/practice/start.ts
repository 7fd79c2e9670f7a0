import type { PasswordHasher } from '../domain/passwordHash';
import type { CommandContext, PortalState } from '../domain/state';

/**
 * What building a start state needs: the seed to start from (the caller's, so the page can give
 * Harry its own language: scenarios never assume the seed's), ids as the store makes them, and
 * the hasher the store will check passwords with.
 */
export interface StartContext extends CommandContext {
  readonly seed: PortalState;
  readonly hasher: PasswordHasher;
}

/** One domain command (or a few, as one story step) applied to the state so far. */
export type StartStep = (state: PortalState, context: StartContext) => PortalState | Promise<PortalState>;

/** A start step's command was refused: the scenario, not the trainee, is wrong. */
export class ScenarioSetupError extends Error {
  constructor(what: string, detail: unknown) {
    super(`scenario setup: ${what} was refused: ${JSON.stringify(detail)}`);
    this.name = 'ScenarioSetupError';
  }
}

/** The command's payload, or a `ScenarioSetupError` naming the step. */
export function must<T extends object>(what: string, result: ({ readonly ok: true } & T) | { readonly ok: false; readonly errors: unknown }): T {
  if (!result.ok) throw new ScenarioSetupError(what, result.errors);
  return result;
}

/**
 * A scenario's start state: its steps replayed, in order, from the seed. Never written by hand:
 * every record in it is one the portal's own rules produced.
 * @example const start = await buildStart(scenario.start, { seed: createSeed({ newId }), newId, hasher });
 */
export async function buildStart(steps: readonly StartStep[], context: StartContext): Promise<PortalState> {
  let state = context.seed;
  for (const step of steps) state = await step(state, context);
  return state;
}
