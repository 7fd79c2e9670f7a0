// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPbkdf2Hasher } from '../../../src/domain/passwordHash';
import { createBrowserPortal, STORAGE_KEY } from '../../../src/store/browserPortal';
import { must } from '../../fixtures/store/journey';

const hasher = createPbkdf2Hasher(1);

describe('browser portal in a browser-like window (jsdom)', () => {
  afterEach(() => window.localStorage.clear());

  it('keeps its document in window.localStorage and follows other tabs by storage events', async () => {
    const tab = createBrowserPortal({ storage: window.localStorage, events: window, hasher });
    const heard = vi.fn();
    tab.subscribe(heard);
    // Another tab: same storage, its own portal, writes; the browser then fires `storage` here.
    const other = createBrowserPortal({ storage: window.localStorage, hasher });
    must(await other.advanceClock({ days: 10 }));
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    expect(heard).toHaveBeenCalledWith({ revision: 2, origin: 'external' });
    expect((await tab.getClock()).day).toBe(10);
  });

  it('serves one shared portal per page', async () => {
    vi.resetModules();
    const { getPortal } = await import('../../../src/store/index');
    expect(getPortal()).toBe(getPortal());
    expect((await getPortal().getStatus()).persistence).toBe('localStorage');
  });
});
