// Prints the results as markdown and writes them as JSON.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { markdownTable } from './table.mjs';

/** @typedef {import('./types.mjs').Column} Column */
/** @typedef {import('./types.mjs').Row} Row */

/**
 * One module's outcome, as printed and as kept in the JSON.
 * @typedef {object} ModuleReport
 * @property {string} id
 * @property {string} title
 * @property {Column[]} columns
 * @property {Row[]} rows
 * @property {string[]} [notes]
 * @property {string} [skipped]
 * @property {string[]} errors
 * @property {object} [details]
 * @property {number} [seconds]  Time the module took.
 */

/**
 * Prints the header, then each module's table, notes, skip reason and errors.
 * @param {{ meta: { generatedAt: string, commit: string | null, uncommittedChanges: boolean, node: string, platform: string, cpus: number, loadAverage1m: number }, reports: ModuleReport[], seconds: number }} report
 */
export function printReport({ meta, reports, seconds }) {
  const commit = meta.commit ? `commit ${meta.commit}${meta.uncommittedChanges ? ' + uncommitted changes' : ''}` : 'no commit';
  const lines = [
    '# Business Center Help benchmark',
    '',
    `${meta.generatedAt}, ${commit}, Node ${meta.node}, ${meta.platform}, ${meta.cpus} CPUs, load average ${meta.loadAverage1m} at start; bench took ${seconds.toFixed(0)} s.`,
  ];
  if (meta.loadAverage1m > meta.cpus * 0.75) {
    lines.push('', `**Busy machine:** load average ${meta.loadAverage1m} on ${meta.cpus} CPUs when the bench started; build time, click-to-paint times and Lighthouse Performance (Total Blocking Time) are noisy. Run it alone for numbers to quote.`);
  }
  for (const report of reports) {
    lines.push('', `## ${report.title}`, '');
    if (report.rows.length) lines.push(markdownTable(report.columns, report.rows), '');
    if (report.skipped) lines.push(`_${report.skipped}_`, '');
    for (const note of report.notes ?? []) lines.push(`- ${note}`);
    for (const error of report.errors) lines.push(`- **ERROR** ${error.replaceAll('\n', '\n  ')}`);
  }
  console.log(lines.join('\n').replace(/\n{3,}/g, '\n\n'));
}

/**
 * Writes the JSON results (creating the folder).
 * @param {string} file
 * @param {object} data
 */
export async function writeJson(file, data) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
}
