import type { Page } from '@playwright/test';
import type { PortalState } from '../../../src/domain/state';
import { DOCUMENT_VERSION, STORAGE_KEY } from '../../../src/store';

/**
 * Every page of this test opens on `state`, as if the learner had got there before: the
 * portal's stored document is written before any script of the page runs.
 */
export async function startFrom(page: Page, state: PortalState): Promise<void> {
  const document = JSON.stringify({ version: DOCUMENT_VERSION, revision: 0, state });
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, document] as const);
}
