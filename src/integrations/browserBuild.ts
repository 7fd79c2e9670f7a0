import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { browserModules } from '../browserModules';
import { preactForReact } from './browserRuntime';
import { normalizeBase } from '../config/base';

/**
 * Compiles the browser modules (search client, islands) in one Vite build after the site is
 * built, into `dist/<name>.js` with shared chunks in `dist/_islands/chunks/`: the guide's
 * panels and the simulator pages load the same React and store files, cached once.
 *
 * On the dev server the same modules (the same list, `browserModules`) are served from source by
 * Astro's Vite, whose React plugin adds Fast Refresh code to every `.tsx` file. That code needs
 * a setup script, which Astro adds only to pages with `client:*` islands: this integration adds
 * it to every page in dev (never in a build, which has no Fast Refresh), so the islands start
 * and hot-reload there too.
 */
export function browserModulesIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'business-center-help:browser-modules',
    hooks: {
      'astro:config:setup': ({ command, config, injectScript }) => {
        if (command === 'dev') injectScript('page', react.preambleCode.replace('__BASE__', config.base.endsWith('/') ? config.base : `${config.base}/`));
      },
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(new URL('../..', import.meta.url));
        const input = Object.fromEntries(Object.entries(browserModules).map(([name, source]) => [name, fileURLToPath(new URL(source, new URL('../..', import.meta.url)))]));
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          // The site's base path: `import.meta.env.BASE_URL` in the modules (`config/base.ts`) and where their chunks are served.
          base,
          publicDir: false,
          // The React plugin the dev server uses (through @astrojs/react): the same JSX transform in both.
          plugins: [react()],
          resolve: { alias: preactForReact },
          build: {
            outDir: fileURLToPath(dir),
            emptyOutDir: false,
            minify: true,
            // No preload helper in every chunk: a lazy screen's few small imports are not worth its bytes.
            modulePreload: false,
            rolldownOptions: {
              input,
              // Pages call the modules' exports (openSearch, mountPanel): keep them.
              preserveEntrySignatures: 'strict',
              output: {
                entryFileNames: '[name].js',
                chunkFileNames: '_islands/chunks/[name]-[hash].js',
                // The UI runtime in one file of its own: named for what it is, and cached across releases of our code.
                codeSplitting: { groups: [{ name: 'preact', test: /node_modules[\\/]preact[\\/]/ }] },
              },
            },
          },
        });
        logger.info(`browser modules written: ${Object.keys(browserModules).join(', ')}`);
      },
    },
  };
}
