// @vitest-environment jsdom
/**
 * Store timings for `npm run bench` (not part of `npm test`): run by the `store` bench module
 * through Vitest, because the store is TypeScript that Node alone does not load. Writes its
 * numbers to bench-results/store.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import { createBrowserPortal, STORAGE_KEY } from '../../../src/store';
import type { PortalApi } from '../../../src/store';
import { accept, must } from '../../../test/fixtures/store/journey';

const out = join(import.meta.dirname, '..', '..', '..', 'bench-results');

async function signedInHarry(): Promise<PortalApi> {
  localStorage.clear();
  const portal = createBrowserPortal({ storage: localStorage, events: window });
  must(await accept(portal, 'harry@contoso.com', 'Harry Roldan'));
  return portal;
}

/** A mix a trainee produces: invite someone, change their roles, list users, read the agreement. */
async function thousandCommands(portal: PortalApi): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < 250; i += 1) {
    const invited = must(await portal.inviteUsers({ rows: [{ email: `user${i}@contoso.com`, name: `User ${i}`, preferredLanguage: 'en', country: 'US', roles: ['report-viewer'] }] }));
    must(await portal.changeRoles({ userId: invited.invited[0]!.id, roles: ['account-viewer'] }));
    must(await portal.listUsers());
    must(await portal.getAgreement());
  }
  return performance.now() - start;
}

test('store timings', async () => {
  const commandsMs = await thousandCommands(await signedInHarry());
  const portal = await signedInHarry();
  for (let batch = 0; batch < 50; batch += 1) {
    const rows = Array.from({ length: 10 }, (_, i) => ({ email: `u${batch * 10 + i}@contoso.com`, name: `User ${batch * 10 + i}`, preferredLanguage: 'ja', country: 'JP', roles: ['report-viewer'] }));
    must(await portal.inviteUsers({ rows }));
  }
  const users = must(await portal.listUsers()).users.length;
  const documentBytes = new Blob([localStorage.getItem(STORAGE_KEY) ?? '']).size;
  expect(users).toBeGreaterThanOrEqual(500);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'store.json'), JSON.stringify({ commands: 1000, commandsMs, users, documentBytes }));
}, 300_000);
