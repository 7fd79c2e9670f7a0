import { isDomainName } from './orgDomainName';
import type { ErrorKey } from './errors';
import { isPersonalDomain } from './personalEmailDomains';
import { length, text } from './text';

/** The longest address that fits in an SMTP path (RFC 5321). */
export const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
const localPart = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/**
 * An address as stored and compared: trimmed and lower case. Mail systems treat the whole
 * address case-insensitively in practice, and so does every match in the portal.
 * @example normalizeEmail(' Harry@Contoso.com ') // 'harry@contoso.com'
 */
export function normalizeEmail(value: unknown): string {
  return text(value).toLowerCase();
}

/** The part after the last `@`. @example domainOf('harry@contoso.com') // 'contoso.com' */
export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/** Whether the address belongs to a consumer mail service (see `personalDomains.ts`). */
export function isPersonalAddress(email: string): boolean {
  return isPersonalDomain(domainOf(normalizeEmail(email)));
}

/**
 * Format errors of an address field: empty, over 254 characters, or not `local@domain`.
 * @example validateEmailFormat('harry@') // 'error.email.malformed'
 */
export function validateEmailFormat(value: unknown): ErrorKey | undefined {
  const email = normalizeEmail(value);
  if (email === '') return 'error.email.empty';
  if (length(email) > MAX_EMAIL_LENGTH) return 'error.email.tooLong';
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const wellFormed = at > 0 && local.length <= MAX_LOCAL_LENGTH && localPart.test(local) && isDomainName(domainOf(email));
  return wellFormed ? undefined : 'error.email.malformed';
}

/**
 * A work account: a well-formed address that is not a personal (Microsoft account or other
 * consumer) address.
 * @example validateWorkEmail('harry@outlook.com') // 'error.email.personal'
 */
export function validateWorkEmail(value: unknown): ErrorKey | undefined {
  const formatError = validateEmailFormat(value);
  if (formatError) return formatError;
  return isPersonalAddress(normalizeEmail(value)) ? 'error.email.personal' : undefined;
}
