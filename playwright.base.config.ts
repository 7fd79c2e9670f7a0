import { defineConfig } from '@playwright/test';
import shared from './playwright.config';

/**
 * The site published under a base path (`npm run test:base`): the build of
 * `BASE_PATH=/help/ OUT_DIR=dist-base`, served at /help/ only (`scripts/serve.mjs --base`) on its
 * own port (`BASE_E2E_PORT`, default 4332). It builds nothing: `npm run test:base` builds first.
 */
const port = Number(process.env.BASE_E2E_PORT ?? 4332);
export const basePath = '/help/';

export default defineConfig({
  ...shared,
  testDir: 'test/base',
  reporter: [['list']],
  use: { ...shared.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --dir dist-base --base ${basePath}`,
    url: `http://127.0.0.1:${port}${basePath}en/`,
    // Never a server of the root build that happens to listen there.
    reuseExistingServer: false,
  },
});
