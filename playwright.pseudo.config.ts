import { defineConfig } from '@playwright/test';
import shared from './playwright.config';

/**
 * The pseudo-locale build (`npm run test:pseudo`, which builds it into dist-pseudo/ first), served
 * on its own port (`PSEUDO_PORT`, default 4333), on a phone's screen: `test/pseudo/`.
 */
const port = Number(process.env.PSEUDO_PORT ?? 4333);

export default defineConfig({
  ...shared,
  testDir: 'test/pseudo',
  testMatch: '*.spec.ts',
  reporter: [['list']],
  use: { ...shared.use, baseURL: `http://127.0.0.1:${port}`, viewport: { width: 390, height: 844 } },
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --dir dist-pseudo`,
    url: `http://127.0.0.1:${port}/en/`,
    // Never a server of another build that happens to listen there.
    reuseExistingServer: false,
  },
});
