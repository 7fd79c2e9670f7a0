// zod/mini: the same checks as `astro/zod` at a fraction of the bytes (this ships to the browser).
import * as z from 'zod/mini';
import { isCountryCode } from '../domain/countries';
import { validateDomainFormat } from '../domain/orgDomainName';
import { normalizeEmail, validateEmailFormat } from '../domain/email';
import { languageIds } from '../domain/languages';
import { mailKinds } from '../domain/mailbox';
import { passwordHashPattern } from '../domain/passwordHash';
import { normalizeName, validateName } from '../domain/personName';
import { roleIds } from '../domain/roles';

/**
 * The stored portal state (document version 2), checked field by field on every load and
 * import: a document that passes can be handed to the domain without further checks.
 */
const id = z.string().check(z.minLength(1), z.maxLength(200));
const instant = z.iso.datetime();
// Stored values are normalized and valid: the domain's own rules say so, not a second copy.
const email = z.string().check(z.refine((value) => validateEmailFormat(value) === undefined && normalizeEmail(value) === value));
const name = z.string().check(z.refine((value) => validateName(value) === undefined && normalizeName(value) === value));
const language = z.enum(languageIds);
const roles = z.array(z.enum(roleIds)).check(z.minLength(1));
const country = z.string().check(z.refine(isCountryCode));
const tenDigits = z.string().check(z.regex(/^\d{10}$/));

export const contactSchema = z.object({ name, email, preferredLanguage: language });

export const organizationSchema = z.object({
  name,
  agreement: z.object({ number: tenDigits, purchasingAccountNumber: tenDigits, purchasingAccountAdministrator: contactSchema }),
  partner: z.object({ id, name }),
});

export const userSchema = z.object({
  id,
  email,
  name,
  preferredLanguage: language,
  country: z.nullable(country),
  roles,
  status: z.enum(['invited', 'active']),
  passwordHash: z.nullable(z.string().check(z.regex(passwordHashPattern))),
  invitedAt: instant,
  activatedAt: z.nullable(instant),
});

export const invitationSchema = z.object({
  token: id,
  email,
  roles,
  kind: z.enum(['purchasing-administrator', 'colleague']),
  issuedAt: instant,
  issuedBy: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('microsoft') }),
    z.object({ kind: z.literal('partner') }),
    z.object({ kind: z.literal('user'), userId: id }),
  ]),
  status: z.enum(['pending', 'accepted', 'replaced']),
  acceptedAt: z.nullable(instant),
});

export const messageSchema = z.object({
  id,
  to: email,
  kind: z.enum(mailKinds),
  language,
  sentAt: instant,
  params: z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(2000))),
});

const domainName = z.string().check(z.refine((value) => validateDomainFormat(value) === undefined && value === value.toLowerCase()));

export const domainSchema = z.object({ name: domainName, associatedAt: instant, associatedBy: id });

export const clockSchema = z.object({ epoch: instant, now: instant });

export const sessionSchema = z.nullable(z.object({ userId: id, signedInAt: instant }));
