/**
 * Median, lowest and highest of a series of timings (ms).
 * @param {number[]} values
 * @returns {{ median: number, min: number, max: number }}
 */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] ?? 0 : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

/**
 * Times `measure` `runs` times after one start that is not counted (it fetches the files into
 * the profile), telling `onRun` which run is next; the series' median, lowest and highest.
 * @param {number} runs
 * @param {() => Promise<number>} measure
 * @param {(run: number) => void} onRun
 * @returns {Promise<{ median: number, min: number, max: number, times: number[] }>}
 */
export async function timedRuns(runs, measure, onRun) {
  await measure();
  const times = [];
  for (let run = 1; run <= runs; run += 1) {
    onRun(run);
    times.push(await measure());
  }
  return { ...stats(times), times };
}

/**
 * The columns of a timing series, as `stats` and `timedRuns` name them.
 * @type {import('./types.mjs').Column[]}
 */
export const timingColumns = [
  { key: 'median', label: 'Median (ms)', format: 'ms' },
  { key: 'min', label: 'Min (ms)', format: 'ms' },
  { key: 'max', label: 'Max (ms)', format: 'ms' },
];
