import { afterAll, describe, expect, it } from 'vitest';
import { createActor, matchesState, waitFor, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { Coverage } from './coverage';
import { coveringPaths, createWalker, journeyPath, type ModelPath } from '../../support/model/paths';
import type { ModelSpec } from '../../support/model/spec';
import { createWorld, type World } from '../../support/model/world';

type AnySpec = ModelSpec<AnyStateMachine>;

/** The state value, and what the spec says model and real actor must agree on. */
function view(spec: AnySpec, snapshot: AnyMachineSnapshot) {
  return { value: snapshot.value, ...(spec.project(snapshot) as object) };
}

/**
 * Plays one path on a real actor over a fresh memory store. Before a step that starts a call
 * whose answer the model chose, the store is set up to give that answer. After every step the
 * real actor must match the model, and `verify` checks what the store says.
 */
async function runPath(spec: AnySpec, path: ModelPath, coverage: Coverage, walker: ReturnType<typeof createWalker>) {
  const world: World = createWorld();
  /** Sets up the store for the answers from step `from` on (busy states may chain: a refusal, then a reload). */
  const arrangeFrom = async (from: number) => {
    for (const event of path.events.slice(from)) {
      const outcome = walker.outcomes.get(event);
      if (!outcome) return;
      await outcome.arrange?.(world);
    }
  };
  await arrangeFrom(0);
  let before = await world.mark();
  const actor = createActor(spec.machine, { input: spec.input(world), inspect: coverage.inspect });
  actor.start();
  const check = async (index: number) => {
    const real: AnyMachineSnapshot = actor.getSnapshot();
    coverage.record(real);
    expect(view(spec, real), `after step ${index}`).toEqual(view(spec, path.states[index] as AnyMachineSnapshot));
    // While a call is in flight the store is changing under it: checked once it answered.
    if (!real.hasTag('busy')) await spec.verify(world, real, before);
  };
  try {
    await check(0);
    for (const [index, event] of path.events.entries()) {
      if (walker.outcomes.has(event)) {
        const expected = path.states[index + 1] as AnyMachineSnapshot;
        await waitFor(actor, (snapshot) => !snapshot.hasTag('busy') || matchesState(expected.value, snapshot.value), { timeout: 2000 });
      } else {
        await arrangeFrom(index + 1);
        before = await world.mark();
        actor.send(event);
      }
      await check(index + 1);
    }
  } finally {
    actor.stop();
  }
}

/**
 * Model-based tests of one machine: one test per covering path, against the real memory store,
 * then one that prints and asserts the coverage (states and transitions of the definition).
 */
export function describeModel<M extends AnyStateMachine>(typed: ModelSpec<M>): void {
  const spec = typed as unknown as AnySpec;
  const walker = createWalker(spec);
  const paths = [...coveringPaths(spec, walker), ...(spec.journeys ?? []).map((journey) => journeyPath(spec, walker, journey))];
  const coverage = new Coverage(spec.name, spec.machine);
  describe(`${spec.name} model`, () => {
    it.each(paths.map((path) => [path.description, path] as const))('%s', async (_, path) => {
      await runPath(spec, path, coverage, walker);
    });
    it('enters every state and takes every transition against the memory store', () => {
      console.log(coverage.summary());
      expect(coverage.missing()).toEqual({ states: [], transitions: [] });
    });
    afterAll(() => {
      // Printed again at the end, so the numbers stay readable after long path lists.
      console.log(`coverage ${coverage.summary()}`);
    });
  });
}
