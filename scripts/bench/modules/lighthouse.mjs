// Lighthouse scores of each locale's home page and one article, against a local server of dist.
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findChromium } from '../chromium.mjs';
import { findingLines, findings, layoutShiftLine, mainThreadLine } from '../lighthouse-findings.mjs';
import { medianRun } from '../lighthouse-median.mjs';
import { ChromiumStartError, createLighthouseRunner } from '../lighthouse-runner.mjs';
import { shownPath } from '../paths.mjs';

/** @typedef {import('../types.mjs').BenchModule} BenchModule */
/** @typedef {import('../types.mjs').Row} Row */

/** Page types audited, per locale. */
const AUDITED_TYPES = ['home', 'article'];

/** @param {number | null | undefined} score 0-1 */
const percent = (score) => (typeof score === 'number' ? Math.round(score * 100) : null);

/** @type {BenchModule} */
export default {
  id: 'lighthouse',
  title: 'Lighthouse scores (mobile default: emulated Moto G Power, simulated slow 4G, 4x CPU slowdown)',
  columns: [
    { key: 'url', label: 'URL' },
    { key: 'type', label: 'Page type' },
    { key: 'performance', label: 'Performance', format: 'score' },
    { key: 'accessibility', label: 'Accessibility', format: 'score' },
    { key: 'bestPractices', label: 'Best practices', format: 'score' },
    { key: 'seo', label: 'SEO', format: 'score' },
    { key: 'seconds', label: 's / run', format: 'seconds' },
  ],
  async run(ctx) {
    if (!ctx.options.lighthouse) return { rows: [], skipped: 'Lighthouse skipped: --no-lighthouse' };
    const chromium = await findChromium();
    if (chromium.missing) return { rows: [], skipped: `Lighthouse skipped: ${chromium.missing}` };
    /** @type {Awaited<ReturnType<typeof createLighthouseRunner>>} */
    let runner;
    try {
      runner = await createLighthouseRunner({ chromePath: chromium.path, log: ctx.log });
    } catch (error) {
      return { rows: [], skipped: `Lighthouse skipped: cannot load lighthouse/chrome-launcher (${error instanceof Error ? error.message : error}); run npm install` };
    }
    ctx.onCleanup(() => runner.close());

    const { pages, locales } = await ctx.site();
    const targets = locales.flatMap((locale) => AUDITED_TYPES.map((type) => pages.find((page) => page.locale === locale && page.type === type)))
      .filter((page) => page !== undefined);
    const origin = await ctx.baseUrl();
    const reportDir = join(ctx.resultsDir, 'lighthouse');
    await mkdir(reportDir, { recursive: true });

    const loadBefore = loadavg()[0] ?? 0;
    /** @type {Row[]} */
    const rows = [];
    const notes = [];
    const errors = [];
    /** @type {Record<string, import('../lighthouse-findings.mjs').Finding[]>} */
    const belowFull = {};
    /** @type {Set<string>} */
    const warnings = new Set();
    let version = '';
    let chromiumError = '';
    for (const page of targets) {
      if (chromiumError) {
        rows.push({ url: page.url, type: page.type, performance: null, accessibility: null, bestPractices: null, seo: null, seconds: null });
        continue;
      }
      ctx.log(`lighthouse ${page.url}…`);
      const start = performance.now();
      /** @type {any[]} */
      const runs = [];
      for (let run = 0; run < ctx.options.lighthouseRuns; run += 1) {
        try {
          runs.push(await runner.audit(origin + page.url));
        } catch (error) {
          errors.push(`Lighthouse on ${page.url}: ${error instanceof Error ? error.message : String(error)}`);
          if (error instanceof ChromiumStartError) { chromiumError = error.message; break; }
        }
      }
      const seconds = (performance.now() - start) / 1000 / ctx.options.lighthouseRuns;
      const lhr = await medianRun(runs);
      const score = (/** @type {string} */ id) => percent(lhr?.categories[id]?.score);
      rows.push({
        url: page.url, type: page.type, performance: score('performance'), accessibility: score('accessibility'),
        bestPractices: score('best-practices'), seo: score('seo'), seconds,
      });
      if (!lhr) continue;
      version = lhr.lighthouseVersion;
      const list = findings(lhr);
      if (list.length) belowFull[page.url] = list;
      notes.push(...findingLines(page.url, list));
      // Where the points of the two metrics that carry no element list went.
      const related = [
        list.some((finding) => finding.id === 'total-blocking-time') ? mainThreadLine(lhr) : null,
        list.some((finding) => finding.id === 'cumulative-layout-shift') ? layoutShiftLine(lhr) : null,
      ];
      for (const line of related) if (line) notes.push(`${page.url} ${line}`);
      for (const warning of lhr.runWarnings ?? []) warnings.add(String(warning).replace(/\s+/g, ' '));
      const name = page.url.replace(/^\/|\/$/g, '').replaceAll('/', '-') || 'root';
      await writeFile(join(reportDir, `${name}.json`), JSON.stringify(lhr));
    }
    await runner.close();
    notes.unshift(
      `Lighthouse ${version || '?'} (Node API), ${chromium.path} headless, against ${origin} (scripts/serve.mjs over dist, which sends files uncompressed). ${ctx.options.lighthouseRuns > 1 ? `Median of ${ctx.options.lighthouseRuns} runs per URL` : 'One run per URL (--runs N for a median)'}. Full reports: ${shownPath(ctx.root, reportDir)}/*.json.`,
      ...(Object.keys(belowFull).length ? ['Audits costing points (exact audit id, score, details):'] : version ? ['Every category scored 100.'] : []),
    );
    for (const warning of warnings) notes.push(`Lighthouse warning: ${warning}`);
    // Other work on the machine shows up as Total Blocking Time: say so next to the scores.
    const loadAfter = loadavg()[0] ?? 0;
    const cpus = availableParallelism();
    if (Math.max(loadBefore, loadAfter) > cpus * 0.75) {
      notes.push(`Load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after the runs on ${cpus} CPUs: other processes competed for the CPU, so Performance (mostly \`total-blocking-time\`) reads low; run the bench alone to quote it.`);
    }
    return { rows, notes, errors, details: { findings: belowFull } };
  },
};
