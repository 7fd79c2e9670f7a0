// Wall-clock time of `npm run build` (whatever package.json's build script is).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { shownPath } from '../paths.mjs';
import { run } from '../run.mjs';

/** @typedef {import('../types.mjs').BenchModule} BenchModule */

/** @type {BenchModule} */
export default {
  id: 'build',
  title: 'Build time (wall clock)',
  critical: true,
  columns: [
    { key: 'step', label: 'Step' },
    { key: 'seconds', label: 'Seconds', format: 'seconds' },
  ],
  async run(ctx) {
    if (!ctx.options.build) {
      return { rows: [], skipped: `--no-build: measuring the existing ${shownPath(ctx.root, ctx.dist)} as it is` };
    }
    const pkg = JSON.parse(await readFile(join(ctx.root, 'package.json'), 'utf8'));
    ctx.log('npm run build…');
    const start = performance.now();
    const { code, output } = await run('npm', ['run', 'build'], ctx.root);
    const seconds = (performance.now() - start) / 1000;
    await mkdir(ctx.resultsDir, { recursive: true });
    const logFile = join(ctx.resultsDir, 'build.log');
    await writeFile(logFile, output);
    if (code !== 0) {
      throw new Error(`npm run build exited with code ${code} after ${seconds.toFixed(1)} s; last lines:\n${output.trim().split('\n').slice(-15).join('\n')}`);
    }
    return {
      rows: [{ step: `npm run build (${pkg.scripts?.build ?? '?'})`, seconds }],
      notes: [`One run, ${shownPath(ctx.root, logFile)} has its output.`],
    };
  },
};
