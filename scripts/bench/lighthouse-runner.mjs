// Runs Lighthouse (Node API) in Chromium started by chrome-launcher, one URL at a time, with a
// time limit per URL so a run that waits on the network can't hang the bench.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTimeout } from 'node:timers';

/** Chromium flags for a headless, offline-friendly run. */
export const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
/** Categories scored (Lighthouse 12+ has no PWA category). */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Longest one URL may take, gather and audits together. */
export const RUN_TIMEOUT_MS = 90_000;

/** Chromium could not be launched: no point trying the next URL. */
export class ChromiumStartError extends Error {}

/**
 * @typedef {object} LighthouseRunner
 * @property {(url: string) => Promise<any>} audit  The LHR of one URL; rejects on error or time-out.
 * @property {() => Promise<void>} close
 */

/**
 * Loads lighthouse and chrome-launcher and returns a runner that keeps one Chromium open
 * (a new one after a failed run). Mobile default settings: Moto G Power emulation, simulated
 * slow 4G and 4x CPU slowdown.
 * @param {{ chromePath: string, log: (message: string) => void, timeoutMs?: number }} options
 * @returns {Promise<LighthouseRunner>}
 */
export async function createLighthouseRunner({ chromePath, log, timeoutMs = RUN_TIMEOUT_MS }) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  /** @type {any} */
  let chrome;
  /** @type {string | undefined} */
  let profile;
  // A run given up on (time-out) keeps running inside Lighthouse until its Chromium is gone,
  // then rejects promises nobody awaits: drop those protocol errors, crash on anything else.
  let abandoned = false;
  /** @param {unknown} reason */
  const onUnhandled = (reason) => {
    const message = reason instanceof Error ? reason.message : String(reason);
    if (abandoned && /Protocol error|Target closed|WebSocket|ECONNREFUSED|ECONNRESET/.test(message)) return;
    throw reason;
  };
  process.on('unhandledRejection', onUnhandled);

  const stop = async () => {
    const current = chrome;
    chrome = undefined;
    if (current) await Promise.resolve(current.kill()).catch(() => {});
    if (profile) await rm(profile, { recursive: true, force: true }).catch(() => {});
    profile = undefined;
  };
  const start = async () => {
    profile = await mkdtemp(join(tmpdir(), 'bench-chromium-'));
    try {
      chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, userDataDir: profile, logLevel: 'silent', handleSIGINT: true });
    } catch (error) {
      await stop();
      throw new ChromiumStartError(`${chromePath} did not start: ${error instanceof Error ? error.message : error}`);
    }
  };

  return {
    async audit(url) {
      if (!chrome) await start();
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Lighthouse took over ${timeoutMs / 1000} s on ${url}`)), timeoutMs);
      });
      const run = lighthouse(url, {
        port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES,
        maxWaitForFcp: 30_000, maxWaitForLoad: 45_000,
      });
      run.catch(() => {}); // after a time-out it may still reject once Chromium is gone
      try {
        const result = await Promise.race([run, timeout]);
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (result.lhr.runtimeError) throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
        return result.lhr;
      } catch (error) {
        abandoned = true;
        log(`Lighthouse failed on ${url}; restarting Chromium`);
        await stop();
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await stop();
      // Late rejections of an abandoned run may still arrive; keep the filter a moment.
      setTimeout(() => process.off('unhandledRejection', onUnhandled), 5000).unref();
    },
  };
}
