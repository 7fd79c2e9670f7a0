// Benchmark of the built site: `npm run bench` builds it, measures it and prints markdown tables;
// the same results go to bench-results/latest.json (for the README).
//
// Usage: node scripts/bench.mjs [--no-build] [--dist DIR] [--no-lighthouse] [--runs N] [--only id,id] [--json FILE]
//   --no-build       measure dist as it is (the build-time row is then left out)
//   --dist DIR       measure another copy of the built site (implies --no-build)
//   --no-lighthouse  leave out the Lighthouse runs
//   --runs N         Lighthouse runs per URL, median reported (default 1; each adds ~1 min)
//   --only ids       run only these modules (ids: see MODULES below)
//   CHROMIUM_PATH    Chromium for Lighthouse and the in-browser modules (default /usr/bin/chromium)
//   BENCH_PORT       port of the local server of dist (default: a free one)
//
// Each measurement is a module in scripts/bench/modules/ returning rows (see scripts/bench/types.mjs);
// to add one, write the file and add its import to MODULES.
import { spawnSync } from 'node:child_process';
import { arch, availableParallelism, loadavg, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createContext } from './bench/context.mjs';
import { printReport, writeJson } from './bench/report.mjs';
import buildTime from './bench/modules/build-time.mjs';
import pageWeight from './bench/modules/page-weight.mjs';
import jsWeight from './bench/modules/js-weight.mjs';
import searchLoad from './bench/modules/search-load.mjs';
import searchIndex from './bench/modules/search-index.mjs';
import lighthouse from './bench/modules/lighthouse.mjs';
import store from './bench/modules/store.mjs';
import simulatorJs from './bench/modules/simulator-js.mjs';
import guideIslands from './bench/modules/guide-islands.mjs';
import panelStart from './bench/modules/panel-start.mjs';
import invitePaint from './bench/modules/invite-paint.mjs';
import practiceJs from './bench/modules/practice-js.mjs';
import practiceStart from './bench/modules/practice-start.mjs';

/** @typedef {import('./bench/types.mjs').BenchModule} BenchModule */
/** @typedef {import('./bench/report.mjs').ModuleReport} ModuleReport */

/** The measurements, in order (the build first: the others measure what it wrote). */
/** @type {BenchModule[]} */
const MODULES = [
  buildTime,
  pageWeight,
  jsWeight,
  simulatorJs,
  practiceJs,
  practiceStart,
  guideIslands,
  panelStart,
  invitePaint,
  searchLoad,
  searchIndex,
  store,
  lighthouse,
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    dist: { type: 'string' },
    only: { type: 'string' },
    runs: { type: 'string', default: '1' },
    json: { type: 'string', default: join(root, 'bench-results', 'latest.json') },
  },
});
const only = values.only ? values.only.split(',').map((id) => id.trim()).filter(Boolean) : null;
const unknown = (only ?? []).filter((id) => !MODULES.some((module) => module.id === id));
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench: --runs wants a whole number >= 1, not ${values.runs}`);
  process.exit(2);
}
if (unknown.length) {
  console.error(`bench: unknown module id(s): ${unknown.join(', ')} (known: ${MODULES.map((module) => module.id).join(', ')})`);
  process.exit(2);
}

const ctx = createContext({
  root,
  dist: values.dist ? resolve(values.dist) : join(root, 'dist'),
  resultsDir: dirname(resolve(values.json)),
  options: { build: !values['no-build'] && !values.dist, lighthouse: !values['no-lighthouse'], lighthouseRuns: runs, only, json: resolve(values.json) },
});
process.once('SIGINT', () => { void ctx.cleanup().finally(() => process.exit(130)); });

/** @param {string[]} args */
const git = (args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
const started = Date.now();
const meta = {
  generatedAt: new Date(started).toISOString(),
  commit: git(['rev-parse', '--short', 'HEAD']) || null,
  uncommittedChanges: git(['status', '--porcelain']) !== '',
  node: process.version,
  platform: `${platform()} ${arch()}`,
  cpus: availableParallelism(),
  loadAverage1m: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  dist: ctx.dist,
};

/** @type {ModuleReport[]} */
const reports = [];
let stopReason = '';
for (const module of MODULES) {
  if (only && !only.includes(module.id)) continue;
  const base = { id: module.id, title: module.title, columns: module.columns };
  if (stopReason) {
    reports.push({ ...base, rows: [], skipped: stopReason, errors: [] });
    continue;
  }
  const start = Date.now();
  try {
    const result = await module.run(ctx);
    reports.push({ ...base, ...result, errors: result.errors ?? [], seconds: (Date.now() - start) / 1000 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reports.push({ ...base, rows: [], errors: [message], seconds: (Date.now() - start) / 1000 });
    if (module.critical) stopReason = `not measured: ${module.id} failed`;
  }
  ctx.log(`${module.id} done in ${((Date.now() - start) / 1000).toFixed(1)} s`);
}
await ctx.cleanup();

const ok = reports.every((report) => report.errors.length === 0);
printReport({ meta, reports, seconds: (Date.now() - started) / 1000 });
await writeJson(ctx.options.json, { ...meta, ok, seconds: (Date.now() - started) / 1000, modules: reports });
console.log(`\nResults: ${ctx.options.json}`);
// Exit now: a Lighthouse run given up on may leave timers behind (stdout is synchronous on Linux).
process.exit(ok ? 0 : 1);
