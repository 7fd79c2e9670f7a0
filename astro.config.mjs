// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors } from './src/markdown/headingAnchors';
import { browserModulesIntegration } from './src/integrations/browserModules';
import { hostingIntegration } from './src/integrations/hosting';
import { defaultLocale, localeInfo, locales } from './src/config/locales';

/** Where the site is published; canonical URLs, hreflang links and the sitemap use it. */
const site = process.env.SITE_URL ?? 'https://business-center-help.example';

export default defineConfig({
  site,
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
      filter: (page) => !/\/go\/|\/404\/?$/.test(new URL(page).pathname) && new URL(page).pathname !== '/',
    }),
    browserModulesIntegration(),
    // Last: it reads the finished pages' policies.
    hostingIntegration(),
  ],
  markdown: {
    // `## Title {#id}` gives sections the stable ids partners link to.
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [headingAnchors] }),
  },
  security: {
    csp: {
      directives: ["default-src 'none'", "img-src 'self' data:", "connect-src 'self'", "font-src 'self'", "base-uri 'none'", "form-action 'self'", "manifest-src 'self'"],
      // Pagefind's search runs as WebAssembly, which CSP treats as eval unless allowed by name.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
