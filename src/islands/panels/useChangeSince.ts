import { useRef } from 'react';
import type { PortalApi } from '../../store';
import { usePortalData } from '../parts/hooks';

/**
 * What changed in the store since the panel first looked: a panel's "what happened" line
 * compares the first answer with the latest (in this tab or another).
 * @example useChangeSince((p) => p.getMailbox(address), (first, now) => now.length > first.length ? 'arrived' : undefined)
 */
export function useChangeSince<T, R>(
  load: (portal: PortalApi) => Promise<T>,
  describe: (first: T, now: T) => R | undefined,
  // The first answer worth comparing with (a refusal before signing in is not one).
  ready: (value: T) => boolean = () => true,
): R | undefined {
  const now = usePortalData(load);
  const first = useRef<{ value: T } | null>(null);
  if (now !== undefined && first.current === null && ready(now)) first.current = { value: now };
  return now !== undefined && first.current ? describe(first.current.value, now) : undefined;
}
