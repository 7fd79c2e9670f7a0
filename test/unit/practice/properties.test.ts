import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/config/locales';
import { actionCount, evaluate, isDone, prefixOf, scenarios } from '../../../src/practice';
import { playSolution } from '../../support/model/playSolution';
import { startRun, type SeedVariant } from '../../support/practiceRun';

/** Any seed the page may give: Harry in any of our languages, day 0 on any date. */
const variant: fc.Arbitrary<SeedVariant> = fc.record({
  language: fc.constantFrom(...locales),
  epoch: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString()),
});
const scenario = fc.constantFrom(...scenarios);

describe('properties of every scenario, whatever the seed', () => {
  it('no check passes with an empty attempt from the start state', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, variant, async (chosen, seed) => {
        const run = await startRun(chosen, seed);
        expect(evaluate(chosen, await run.facts()).filter((result) => result.passed)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('a prefix of the solution passes every check only when it is the whole solution', async () => {
    const prefix = scenario.chain((chosen) => fc.tuple(fc.constant(chosen), variant, fc.double({ min: 0, max: 1, noNaN: true })));
    await fc.assert(
      fc.asyncProperty(prefix, async ([chosen, seed, share]) => {
        const run = await startRun(chosen, seed);
        const steps = chosen.solution(run.start);
        // From nothing at all to the whole solution, the whole included as often as any other length.
        const length = Math.min(actionCount(steps), Math.floor(share * (actionCount(steps) + 1)));
        await playSolution(run.world, prefixOf(steps, length), run.log);
        expect(isDone(chosen, await run.facts())).toBe(length === actionCount(steps));
      }),
      { numRuns: 120 },
    );
  });
});
