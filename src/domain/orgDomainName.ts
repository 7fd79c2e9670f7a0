import type { ErrorKey } from './errors';
import { length, text } from './text';

/** The longest domain name DNS allows (RFC 1035, without the trailing dot). */
export const MAX_DOMAIN_LENGTH = 253;

const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const topLevel = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** A domain as stored and compared: trimmed, lower case, no trailing dot. */
export function normalizeDomain(value: unknown): string {
  return text(value).toLowerCase().replace(/\.$/, '');
}

/**
 * Whether `domain` (already normalized) is a plausible internet domain: two labels at least,
 * letters, digits and inner hyphens, an alphabetic (or punycode) top-level label.
 * @example isDomainName('contoso.com') // true; isDomainName('localhost') // false
 */
export function isDomainName(domain: string): boolean {
  const labels = domain.split('.');
  return (
    domain.length <= MAX_DOMAIN_LENGTH &&
    labels.length >= 2 &&
    labels.every((part) => label.test(part)) &&
    topLevel.test(labels.at(-1) ?? '')
  );
}

/** The format errors of a domain field (emptiness, length, shape). */
export function validateDomainFormat(value: unknown): ErrorKey | undefined {
  const domain = normalizeDomain(value);
  if (domain === '') return 'error.domain.empty';
  if (length(domain) > MAX_DOMAIN_LENGTH) return 'error.domain.tooLong';
  return isDomainName(domain) ? undefined : 'error.domain.malformed';
}
