// The context handed to every measurement module.
import { discoverSite } from './site.mjs';
import { startServer } from './server.mjs';

/** @typedef {import('./types.mjs').BenchContext} BenchContext */
/** @typedef {import('./types.mjs').BenchOptions} BenchOptions */

/**
 * Builds the context; `site()` and `baseUrl()` do their work on first call only, so modules
 * that run before the build (or don't need a server) cost nothing.
 * @param {{ root: string, dist: string, resultsDir: string, options: BenchOptions }} init
 * @returns {BenchContext & { cleanup: () => Promise<void> }}
 */
export function createContext({ root, dist, resultsDir, options }) {
  /** @type {Array<() => Promise<void> | void>} */
  const cleanups = [];
  /** @type {ReturnType<typeof discoverSite> | undefined} */
  let site;
  /** @type {Promise<string> | undefined} */
  let origin;

  return {
    root,
    dist,
    resultsDir,
    options,
    site: () => (site ??= discoverSite(dist)),
    baseUrl: () => (origin ??= startServer({ root, dist }).then((server) => {
      cleanups.push(server.stop);
      return server.origin;
    })),
    onCleanup: (fn) => { cleanups.push(fn); },
    log: (message) => { process.stderr.write(`bench: ${message}\n`); },
    async cleanup() {
      for (const fn of cleanups.splice(0).reverse()) {
        await Promise.resolve().then(fn).catch((error) => process.stderr.write(`bench: cleanup failed: ${error}\n`));
      }
    },
  };
}
