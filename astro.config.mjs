// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors } from './src/markdown/headingAnchors';
import { internalLinks } from './src/markdown/internalLinks';
import { normalizeBase } from './src/config/base';
import { browserModulesIntegration } from './src/integrations/browserBuild';
import { hostingIntegration } from './src/integrations/hosting';
import { siteUrlWarning } from './src/integrations/siteUrlWarning';
import { PLACEHOLDER_SITE } from './src/config/site';
import { defaultLocale, localeInfo, locales } from './src/config/locales';

/** Where the site is published; canonical URLs, hreflang links and the sitemap use it. */
const site = process.env.SITE_URL || PLACEHOLDER_SITE;
/** The path the site lives under on that address (`BASE_PATH=/help/`): every page, link and file moves under it. */
const base = normalizeBase(process.env.BASE_PATH ?? '/');

export default defineConfig({
  site,
  base,
  // Another folder for another build (the base-path build of `npm run test:base` goes to dist-base/).
  outDir: process.env.OUT_DIR ?? 'dist',
  output: 'static',
  trailingSlash: 'always',
  // One small stylesheet: inlining it saves a render-blocking request (Astro hashes it for the CSP).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    mdx(),
    react(),
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((locale) => [locale, localeInfo[locale].lang])) },
      // Redirect-only pages (the language chooser and partner links) are not content.
      filter: (page) => !/\/go\/|\/404\/?$/.test(new URL(page).pathname) && new URL(page).pathname !== base,
    }),
    browserModulesIntegration(),
    siteUrlWarning(process.env.SITE_URL),
    // Last: it reads the finished pages' policies.
    hostingIntegration(),
  ],
  markdown: {
    // The guide has no code blocks to highlight, and Shiki would colour them with inline styles,
    // which the site's policy (no 'unsafe-inline') refuses: off, so nothing to warn about either.
    syntaxHighlight: false,
    // `## Title {#id}` gives sections the stable ids partners link to; content links go under the base path.
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [headingAnchors, internalLinks(base)] }),
  },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro 7 writes a `"use astro:head-inject"` directive into the module it makes for each
          // MDX page's styles, and nothing in Astro reads it any more (node_modules/astro/dist has no
          // other mention): the bundler dropping it changes nothing, yet it printed a box per page
          // (21). Only that directive is silenced; every other log, other directives included, stays.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    csp: {
      directives: ["default-src 'none'", "img-src 'self' data:", "connect-src 'self'", "font-src 'self'", "base-uri 'none'", "form-action 'self'", "manifest-src 'self'"],
      // Pagefind's search runs as WebAssembly, which CSP treats as eval unless allowed by name.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
