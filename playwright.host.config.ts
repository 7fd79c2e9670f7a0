import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The publishing check (`npm run test:host`): dist/ served by Debian's nginx with the shipped
 * server block, deploy/nginx.conf (`scripts/serve-nginx.mjs`), on its own port (`NGINX_PORT`,
 * default 4331). No nginx fails the run with a message: `.ci/run` installs it.
 */
const port = Number(process.env.NGINX_PORT ?? 4331);

export default defineConfig({
  ...base,
  testDir: 'test/host',
  reporter: [['list']],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `node scripts/serve-nginx.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/en/`,
    // Never another server that happens to listen there: the test is of this nginx and this file.
    reuseExistingServer: false,
    // nginx then stops, and the script removes its temporary folder.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
