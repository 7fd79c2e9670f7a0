import { defineConfig } from 'vitest/config';

/** Checks over the pseudo-locale build in `dist-pseudo/` (`npm run test:pseudo`, after its build). */
export default defineConfig({
  test: { include: ['test/pseudo/**/*.test.ts'], environment: 'node' },
});
