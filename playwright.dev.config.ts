import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The dev-server check (`npm run test:dev`): Astro's dev server, not the build, on its own port
 * (`DEV_PORT`, default 4330), so the islands are known to start where authors work.
 */
const port = Number(process.env.DEV_PORT ?? 4330);

export default defineConfig({
  ...base,
  testDir: 'test/dev',
  workers: 1,
  // The dev server compiles a module on its first request: a first screen may take seconds.
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `npx astro dev --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
