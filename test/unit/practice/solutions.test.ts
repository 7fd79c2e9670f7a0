import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/config/locales';
import { actionCount, isDone, scenarios, withoutAction } from '../../../src/practice';
import { playSolution } from '../../support/model/playSolution';
import { startRun } from '../../support/practiceRun';

/**
 * "The shortest event path": no solution can be shortened by leaving out one action, whatever
 * language the seed gives Harry (a row's language already his needs no change). Shortest for
 * certain would mean searching every path; one spare action is the mistake a hand-written
 * solution makes.
 */
describe.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('the solution of %s', (_, scenario) => {
  it.each(locales)('has no spare action when Harry reads %s', async (language) => {
    const spare: number[] = [];
    const { start } = await startRun(scenario, { language });
    for (let index = 0; index < actionCount(scenario.solution(start)); index += 1) {
      const run = await startRun(scenario, { language });
      await playSolution(run.world, withoutAction(scenario.solution(run.start), index), run.log);
      if (isDone(scenario, await run.facts())) spare.push(index);
    }
    expect(spare).toEqual([]);
  });
});
