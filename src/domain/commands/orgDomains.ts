import { validateNewDomain } from '../orgDomains';
import { normalizeDomain, validateDomainFormat } from '../orgDomainName';
import { fail } from '../errors';
import type { PortalState } from '../state';
import { authorize } from './authorize';
import type { CommandResult } from './result';

/**
 * Associates a domain with the purchasing account (GUIDE-FACTS, `domains`): from then on,
 * everyone whose address ends in it can use the online services. Needs `domains.manage`.
 */
export function associateDomain(state: PortalState, input: { readonly domain?: unknown }): CommandResult {
  const authorized = authorize(state, 'domains.manage');
  if (!authorized.ok) return authorized;
  const error = validateNewDomain(input.domain, state.domains);
  if (error) return fail({ domain: error });
  const domain = { name: normalizeDomain(input.domain), associatedAt: state.clock.now, associatedBy: authorized.actor.id };
  return { ok: true, state: { ...state, domains: [...state.domains, domain] } };
}

/** Removes an association. Needs `domains.manage`. */
export function removeDomain(state: PortalState, input: { readonly domain?: unknown }): CommandResult {
  const authorized = authorize(state, 'domains.manage');
  if (!authorized.ok) return authorized;
  const name = normalizeDomain(input.domain);
  const error = validateDomainFormat(name) ?? (state.domains.some((domain) => domain.name === name) ? undefined : 'error.domain.unknown');
  if (error) return fail({ domain: error });
  return { ok: true, state: { ...state, domains: state.domains.filter((domain) => domain.name !== name) } };
}
