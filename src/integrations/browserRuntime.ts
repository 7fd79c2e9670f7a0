import { fileURLToPath } from 'node:url';
import type { InlineConfig, Rolldown } from 'vite';
import { browserModules, devModulesPath } from '../browserModules';

/**
 * The browser modules run on Preact's React-compatible layer, not on React DOM: the same
 * components and hooks, in about 10 KB of gzip JavaScript instead of 66 KB, which is what keeps
 * a try-it panel and the simulator page within their 100 KB budgets (see the README's
 * Performance section). Only the browser modules are aliased: the pages and the figures are
 * still rendered by React at build time, and the unit tests render with React.
 */
export const preactForReact = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/**
 * Libraries in files of their own, named for what they are and cached across releases of our
 * code. Each group holds exactly what one shared chunk held before (rolldown named that chunk after
 * one of its modules: XState and the store came out as `Notice-*.js`, zod as
 * `localStorageOrNull-*.js`), so a page loads the same modules as before: in two more files,
 * 552 B more gzip (measured on a panel and the simulator page), for libraries that stay cached
 * when only our code changes.
 */
const chunkGroups = [
  { name: 'preact', test: /node_modules[\\/]preact[\\/]/ },
  { name: 'xstate', test: /node_modules[\\/](xstate|@xstate[\\/]react|use-isomorphic-layout-effect|use-sync-external-store)[\\/]/ },
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
];

/** Our layers a shared chunk can be named for. */
const layers = [
  { name: 'store', test: /[\\/]src[\\/](store|domain)[\\/]/ },
  { name: 'machines', test: /[\\/]src[\\/]machines[\\/]|Machine\.ts$/ },
  { name: 'texts', test: /[\\/]src[\\/]i18n[\\/]/ },
];
const layerOf = (id: string) => layers.find((layer) => layer.test.test(id))?.name;

/**
 * A chunk's file name. Rolldown names a shared chunk after one of its modules: kept when that
 * module is of the layer most of the chunk is (`personName`, `mount`), replaced by the layer's
 * name when not (the store and the domain came out as `Notice-*.js`, after a view). A lazy
 * dictionary is named for its folder and language (`sim-ja`, `sim-mail-ja`, `panels-ja`, not three `ja`).
 */
function chunkFileName(chunk: Rolldown.PreRenderedChunk): string {
  const dictionary = chunk.facadeModuleId?.match(/[\\/]src[\\/]i18n[\\/](.+)\.ts$/)?.[1];
  if (dictionary) return `_islands/chunks/${dictionary.replaceAll(/[\\/]/g, '-')}-[hash].js`;
  const named = chunk.moduleIds.find((id) => id.match(/([^\\/]+)\.[jt]sx?$/)?.[1] === chunk.name);
  const counts = layers.map((layer) => ({ name: layer.name, count: chunk.moduleIds.filter((id) => layerOf(id) === layer.name).length }));
  const most = counts.reduce((best, layer) => (layer.count > best.count ? layer : best));
  const misnamed = !chunk.facadeModuleId && named && most.count * 2 > chunk.moduleIds.length && layerOf(named) !== most.name;
  return `_islands/chunks/${misnamed ? most.name : '[name]'}-[hash].js`;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The one Vite configuration of the browser modules (search client, islands), for the build
 * (`vite.build`, after Astro's) and for `astro dev` (a Vite server in middleware mode inside
 * Astro's): the same entries, the same Preact aliases, the same JSX transform, so the islands
 * run on one runtime wherever a browser meets them (`integrations/browserBuild.ts`).
 *
 * The JSX is compiled by Vite's own transform (oxc), not by `@vitejs/plugin-react`: React Fast
 * Refresh cannot drive Preact, so the dev server reloads the page when a module changes.
 */
export function browserViteConfig({ base, command }: { base: string; command: 'build' | 'serve' }): InlineConfig {
  const input = Object.fromEntries(Object.entries(browserModules).map(([name, source]) => [name, fileURLToPath(new URL(source, `file://${root}`))]));
  return {
    configFile: false,
    root,
    logLevel: 'warn',
    mode: command === 'build' ? 'production' : 'development',
    // Where the modules are served: the site's base in a build; a folder of their own under it in dev,
    // beside Astro's files (`import.meta.env.BASE_URL` stays the site's base: `config/base.ts`).
    base: command === 'build' ? base : `${base}${devModulesPath.slice(1)}`,
    define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
    publicDir: false,
    // Apart from Astro's: its dev server prebundles React for the pages; this one prebundles Preact.
    cacheDir: 'node_modules/.vite-browser',
    resolve: { alias: preactForReact },
    oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: command === 'serve' } },
    // Found before the first request, so the dev server does not reload a page to add a late one.
    optimizeDeps: { entries: Object.values(browserModules) },
    build: {
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
          chunkFileNames: chunkFileName,
          codeSplitting: { groups: chunkGroups },
        },
      },
    },
  };
}
