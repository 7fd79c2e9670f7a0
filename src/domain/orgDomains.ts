import { normalizeDomain, validateDomainFormat } from './orgDomainName';
import { domainOf, normalizeEmail } from './email';
import type { ErrorKey } from './errors';
import { isPersonalDomain } from './personalEmailDomains';

/** A domain an administrator associated with the purchasing account (GUIDE-FACTS, `domains`). */
export interface AssociatedDomain {
  readonly name: string;
  readonly associatedAt: string;
  readonly associatedBy: string;
}

/**
 * A new domain must be well formed, not a consumer mail service, and not associated yet.
 * @example validateNewDomain('gmail.com', []) // 'error.domain.personal'
 */
export function validateNewDomain(value: unknown, domains: readonly AssociatedDomain[]): ErrorKey | undefined {
  const formatError = validateDomainFormat(value);
  if (formatError) return formatError;
  const domain = normalizeDomain(value);
  if (isPersonalDomain(domain)) return 'error.domain.personal';
  return domains.some((existing) => existing.name === domain) ? 'error.domain.duplicate' : undefined;
}

/**
 * Whether someone may use the online services: their address "ends in" an associated domain,
 * meaning the domain itself or a subdomain of it (sales.contoso.com counts for contoso.com;
 * notcontoso.com does not).
 * @example canUseOnlineServices('mina@contoso.com', [{ name: 'contoso.com', … }]) // true
 */
export function canUseOnlineServices(email: string, domains: readonly AssociatedDomain[]): boolean {
  const domain = domainOf(normalizeEmail(email));
  return domains.some(({ name }) => domain === name || domain.endsWith(`.${name}`));
}
