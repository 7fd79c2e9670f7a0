import { test } from '@playwright/test';
import { panelRunsOnPreact, simulatorFormRunsOnPreact } from './support/runtime';

// The same checks run against `astro dev` (test/dev/devServer.spec.ts): one runtime in both.
test('the build: a guide panel starts on Preact, never React DOM', async ({ page }) => {
  await panelRunsOnPreact(page);
});

test('the build: the simulator form answers on Preact, never React DOM', async ({ page }) => {
  await simulatorFormRunsOnPreact(page);
});
