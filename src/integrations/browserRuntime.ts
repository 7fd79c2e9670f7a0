/**
 * The browser modules run on Preact's React-compatible layer, not on React DOM: the same
 * components and hooks, in about 10 KB of gzip JavaScript instead of 66 KB, which is what keeps
 * a try-it panel and the simulator page within their 100 KB budgets (see the README's
 * Performance section). Only the browser build is aliased: the pages and the figures are still
 * rendered by React at build time, the unit tests render with React, and the dev server keeps
 * React with Fast Refresh. The browser tests (`npm run test:e2e`) run on this build.
 */
export const preactForReact = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: 'preact/compat' },
];
