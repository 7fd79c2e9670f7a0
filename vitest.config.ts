import { getViteConfig } from 'astro/config';

/**
 * Unit, machine and model tests (`npm run test:unit`): everything that runs without a built
 * site. Tests over the built site live in `test/dist/` (see vitest.dist.config.ts).
 */
export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/machines/**/*.test.ts', 'test/model/**/*.test.ts'],
    environment: 'node',
    coverage: {
      provider: 'v8',
      include: ['src/domain/**/*.ts', 'src/store/**/*.ts', 'src/machines/**/*.ts', 'src/flows/**/*Machine.ts', 'src/flows/**/*Forms.ts', 'src/practice/**/*.ts'],
      // Practice's page modules and views drive the DOM, like the islands: the browser tests cover them.
      exclude: ['src/practice/pages/**', 'src/practice/views/**'],
      thresholds: { lines: 90, branches: 90 },
    },
  },
});
