import { describe, expect, it } from 'vitest';
import { actionCount, evaluate, scenarios } from '../../../src/practice';
import { playSolution } from '../../support/model/playSolution';
import { startRun } from '../../support/practiceRun';

const failing = (results: readonly { id: string; passed: boolean }[]) => results.filter((result) => !result.passed).map((result) => result.id);

describe.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('scenario %s', (_, scenario) => {
  it('fails every check in its start state, with nothing done yet', async () => {
    const run = await startRun(scenario);
    expect(evaluate(scenario, await run.facts()).filter((result) => result.passed)).toEqual([]);
  });

  it('passes every check once its solution is replayed through the machines, and not one action sooner', async () => {
    const run = await startRun(scenario);
    const steps = scenario.solution(run.start);
    const doneAfter: number[] = [];
    let actions = 0;
    await playSolution(run.world, steps, run.log, async () => {
      actions += 1;
      if (failing(evaluate(scenario, await run.facts())).length === 0) doneAfter.push(actions);
    });
    expect(failing(evaluate(scenario, await run.facts()))).toEqual([]);
    // Only the last action completes it: no shorter prefix of the solution does.
    expect(doneAfter).toEqual([actionCount(steps)]);
  });

  it('sends only events the machines take: "Show me" never plays a click the page would ignore', async () => {
    const run = await startRun(scenario);
    await playSolution(run.world, scenario.solution(run.start), run.log);
    const ignored = run.log.entries().filter((entry) => entry.kind === 'event' && !entry.taken);
    expect(ignored).toEqual([]);
  });
});
