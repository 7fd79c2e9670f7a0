import { z } from 'astro/zod';
import { isCountryCode } from '../domain/countries';
import { validateDomainFormat } from '../domain/domainName';
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
const id = z.string().min(1).max(200);
const instant = z.iso.datetime();
// Stored values are normalized and valid: the domain's own rules say so, not a second copy.
const email = z.string().refine((value) => validateEmailFormat(value) === undefined && normalizeEmail(value) === value);
const name = z.string().refine((value) => validateName(value) === undefined && normalizeName(value) === value);
const language = z.enum(languageIds);
const roles = z.array(z.enum(roleIds)).min(1);
const country = z.string().refine(isCountryCode);
const tenDigits = z.string().regex(/^\d{10}$/);

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
  country: country.nullable(),
  roles,
  status: z.enum(['invited', 'active']),
  passwordHash: z.string().regex(passwordHashPattern).nullable(),
  invitedAt: instant,
  activatedAt: instant.nullable(),
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
  acceptedAt: instant.nullable(),
});

export const messageSchema = z.object({
  id,
  to: email,
  kind: z.enum(mailKinds),
  language,
  sentAt: instant,
  params: z.record(z.string().max(64), z.string().max(2000)),
});

const domainName = z.string().refine((value) => validateDomainFormat(value) === undefined && value === value.toLowerCase());

export const domainSchema = z.object({ name: domainName, associatedAt: instant, associatedBy: id });

export const clockSchema = z.object({ epoch: instant, now: instant });

export const sessionSchema = z.object({ userId: id, signedInAt: instant }).nullable();
