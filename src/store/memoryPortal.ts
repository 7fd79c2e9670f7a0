import type { PortalState } from '../domain/state';
import { createMemoryBackend } from './backend';
import { createPortal } from './createPortal';
import { resolveOptions, type PortalOptions } from './options';
import type { PortalApi } from './portalApi';

export interface MemoryPortalOptions extends PortalOptions {
  /** Start from this state instead of the seed (say, a test fixture). */
  readonly state?: PortalState;
}

/**
 * A portal kept in memory: for unit, machine and model tests, and for Node benchmarks.
 * @example const portal = createMemoryPortal({ newId: counter() });
 * await portal.requestResend({ email: 'harry@contoso.com', agreementNumber: '1234567890', purchasingAccountNumber: '5012345678' });
 */
export function createMemoryPortal(options: MemoryPortalOptions = {}): PortalApi {
  const initial = options.state ?? resolveOptions(options).seed();
  return createPortal(createMemoryBackend(initial), options);
}
