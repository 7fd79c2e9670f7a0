// Shared JSDoc types of the benchmark. Nothing runs here; modules import the types with
// `@typedef {import('./types.mjs').X} X` (or '../types.mjs' from modules/).

/**
 * One column of a result table.
 * @typedef {object} Column
 * @property {string} key     Property of each row that holds the value.
 * @property {string} label   Header shown in the printed table.
 * @property {'text' | 'bytes' | 'seconds' | 'ms' | 'score'} [format]  How numbers are shown; JSON keeps raw values.
 */

/**
 * A row: column key -> value. Numbers stay numbers (bytes, seconds, milliseconds, 0-100 scores);
 * `null` prints as "–".
 * @typedef {Record<string, string | number | null>} Row
 */

/**
 * What a measurement module returns.
 * @typedef {object} ModuleResult
 * @property {Row[]} rows
 * @property {string[]} [notes]    Lines printed under the table (what is counted, findings).
 * @property {string} [skipped]    Set instead of rows when the module could not measure (not an error).
 * @property {string[]} [errors]   Measurements that failed although they could run: printed, and the bench exits 1.
 * @property {object} [details]    Extra data kept in the JSON only.
 */

/**
 * A measurement module: one file in scripts/bench/modules/, one line in scripts/bench.mjs.
 * @typedef {object} BenchModule
 * @property {string} id        Stable key in bench-results/latest.json.
 * @property {string} title     Table title.
 * @property {Column[]} columns
 * @property {boolean} [critical]  When it fails, later modules are not run (e.g. the build).
 * @property {(ctx: BenchContext) => Promise<ModuleResult>} run
 */

/**
 * A page of the built site that the benchmark measures.
 * @typedef {object} SitePage
 * @property {string} type        Page type: 'root chooser', 'home', 'article', 'partner link', '404'.
 * @property {string | null} locale  Locale folder ('en', 'zh-tw', ...) or null for shared pages.
 * @property {string} url         URL path on the site, e.g. '/en/get-invitation/'.
 * @property {string} file        Absolute path of its HTML file in dist.
 */

/**
 * Options from the command line.
 * @typedef {object} BenchOptions
 * @property {boolean} build        Run `npm run build` (default); false with --no-build.
 * @property {boolean} lighthouse   Run Lighthouse (default); false with --no-lighthouse.
 * @property {number} lighthouseRuns  Lighthouse runs per URL (--runs N, default 1); the median run is reported.
 * @property {string[] | null} only Module ids to run (--only a,b), or null for all.
 * @property {string} json          Where the JSON results go.
 */

/**
 * What every module receives.
 * @typedef {object} BenchContext
 * @property {string} root          Project root (where package.json is).
 * @property {string} dist          Built site folder measured.
 * @property {string} resultsDir    bench-results/ (for logs and reports).
 * @property {BenchOptions} options
 * @property {() => Promise<{ locales: string[], pages: SitePage[] }>} site  Pages of dist (read once, after the build).
 * @property {() => Promise<string>} baseUrl  Origin of a local server of dist, started on first call.
 * @property {(fn: () => Promise<void> | void) => void} onCleanup  Registers work for the end of the run.
 * @property {(message: string) => void} log  Progress line on stderr.
 */

export {};
