import { withBase } from './config/base';

/**
 * The browser modules built apart from Astro's pages (by `integrations/browserBuild.ts`, with the
 * configuration of `integrations/browserRuntime.ts`), by the path they are served at: each loads
 * only when its page asks for it (search on click, a guide's try-it panels at the reader's first
 * sign of intent in one), which an Astro `<script>` cannot do.
 */
export const browserModules = {
  '_search/client': 'src/search/client.ts',
  '_islands/guide': 'src/islands/guidePage.ts',
  '_islands/linkBuilder': 'src/islands/linkBuilderPage.ts',
  '_islands/portal': 'src/islands/portalPage.ts',
  '_islands/partner': 'src/islands/partnerPage.ts',
  '_islands/practiceList': 'src/practice/pages/listPage.ts',
  '_islands/practiceSummary': 'src/practice/pages/summaryPage.ts',
  '_islands/practice': 'src/practice/pages/scenarioPage.tsx',
} as const;

export type BrowserModule = keyof typeof browserModules;

/** Where `astro dev` serves the modules from source, through the browser modules' own Vite server (on Preact, as in a build). */
export const devModulesPath = '/_dev-modules/';

/** A module's URL (under the base path): the compiled file in a build, the source on the dev server. */
export function moduleUrl(name: BrowserModule): string {
  return withBase(import.meta.env.DEV ? `${devModulesPath}${browserModules[name]}` : `/${name}.js`);
}
