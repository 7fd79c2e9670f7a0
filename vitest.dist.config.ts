import { defineConfig } from 'vitest/config';

/** Checks over the built site in `dist/` (`npm run test:dist`, after `npm run build`). */
export default defineConfig({
  test: { include: ['test/dist/**/*.test.ts'], environment: 'node' },
});
