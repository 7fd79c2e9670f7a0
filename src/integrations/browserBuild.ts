import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, createServer, type ViteDevServer } from 'vite';
import { browserModules, devModulesPath } from '../browserModules';
import { browserViteConfig } from './browserRuntime';
import { normalizeBase } from '../config/base';

/**
 * The browser modules (search client, islands), on one runtime in the build and in `astro dev`,
 * from one configuration (`browserRuntime.ts`):
 * - build: one Vite build after the site is built, into `dist/<name>.js` with shared chunks in
 *   `dist/_islands/chunks/` (the guide's panels and the simulator pages load the same Preact and
 *   store files, cached once);
 * - dev: a Vite server in middleware mode inside Astro's, answering under `devModulesPath`
 *   (`moduleUrl` points there in dev), which reloads the page when one of its modules changes.
 *   Astro's own Vite keeps React for rendering the pages.
 */
export function browserModulesIntegration(): AstroIntegration {
  let base = '/';
  let devServer: ViteDevServer | undefined;
  return {
    name: 'business-center-help:browser-modules',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:server:setup': async ({ server }) => {
        // Astro restarts its server when its configuration changes: one browser server at a time.
        await devServer?.close();
        devServer = undefined;
        const prefix = `${base}${devModulesPath.slice(1)}`;
        // Started at the first request for a module, not here: Vitest's server (`getViteConfig`)
        // runs this hook too, and its tests ask for no browser module.
        let starting: Promise<ViteDevServer> | undefined;
        const start = async () => {
          const config = browserViteConfig({ base, command: 'serve' });
          // No socket of its own: the page already listens to Astro's, which reloads it below.
          const browser = await createServer({ ...config, appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
          // A change to a module a page has loaded reloads the page (no Fast Refresh on Preact).
          browser.watcher.on('change', (file) => {
            if (browser.environments.client.moduleGraph.getModulesByFile(file)?.size) server.hot.send({ type: 'full-reload', path: '*' });
          });
          devServer = browser;
          return browser;
        };
        // Only its own paths: in middleware mode Vite would also answer Astro's `/src/…` requests.
        server.middlewares.use((request, response, next) => {
          if (!request.url?.startsWith(prefix)) return next();
          starting ??= start();
          void starting.then((browser) => browser.middlewares(request, response, next), next);
        });
      },
      'astro:server:done': async () => {
        await devServer?.close();
        devServer = undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const config = browserViteConfig({ base, command: 'build' });
        await build({ ...config, build: { ...config.build, outDir: fileURLToPath(dir) } });
        logger.info(`browser modules written: ${Object.keys(browserModules).join(', ')}`);
      },
    },
  };
}
