// Picks the run to report when Lighthouse audits a URL more than once.

/**
 * The median run, as Lighthouse CI picks it (closest to the median FCP and TTI); the only run
 * when there is one.
 * @param {any[]} runs  LHRs of one URL.
 * @returns {Promise<any>}
 */
export async function medianRun(runs) {
  if (runs.length <= 1) return runs[0];
  const { computeMedianRun } = await import('lighthouse/core/lib/median-run.js');
  return computeMedianRun(runs);
}
