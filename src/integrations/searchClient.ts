import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';
import { searchClientOutput } from '../search/clientPath';

/**
 * Compiles the search client as its own small ES module after the site is built. It is not
 * an Astro `<script>`: those load with the page, and search code must load only when the
 * visitor opens search.
 */
export function searchClient(): AstroIntegration {
  return {
    name: 'business-center-help:search-client',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const entry = fileURLToPath(new URL('../search/client.ts', import.meta.url));
        const outFile = fileURLToPath(new URL(searchClientOutput, dir));
        await build({
          configFile: false,
          logLevel: 'warn',
          publicDir: false,
          build: {
            emptyOutDir: false,
            outDir: fileURLToPath(new URL('.', new URL(searchClientOutput, dir))),
            minify: true,
            lib: { entry, formats: ['es'], fileName: () => 'client.js' },
          },
        });
        logger.info(`search client written to ${outFile}`);
      },
    },
  };
}
