/**
 * Every error the portal can report, as a dictionary key. Texts live in the i18n dictionaries
 * (type them against `errorKeys`); the domain only ever says which key applies.
 */
export const errorKeys = [
  'error.email.empty',
  'error.email.tooLong',
  'error.email.malformed',
  'error.email.personal',
  'error.email.duplicateRow',
  'error.email.alreadyUser',
  'error.email.alreadyInvited',
  'error.email.sameAsCurrent',
  'error.name.empty',
  'error.name.tooLong',
  'error.name.malformed',
  'error.password.empty',
  'error.password.tooShort',
  'error.password.tooLong',
  'error.password.tooSimple',
  'error.confirmPassword.empty',
  'error.confirmPassword.mismatch',
  'error.country.empty',
  'error.country.unknown',
  'error.language.empty',
  'error.language.unknown',
  'error.roles.empty',
  'error.roles.unknown',
  'error.roles.notAssignable',
  'error.agreementNumber.empty',
  'error.agreementNumber.format',
  'error.purchasingAccountNumber.empty',
  'error.purchasingAccountNumber.format',
  'error.domain.empty',
  'error.domain.tooLong',
  'error.domain.malformed',
  'error.domain.personal',
  'error.domain.duplicate',
  'error.domain.unknown',
  'error.days.invalid',
  'error.rows.empty',
  'error.rows.tooMany',
  'error.signIn.notInvited',
  'error.signIn.invitationPending',
  'error.signIn.invitationExpired',
  'error.signIn.badCredentials',
  'error.invitation.unknown',
  'error.invitation.expired',
  'error.invitation.used',
  'error.invitation.replaced',
  'error.auth.signedOut',
  'error.auth.forbidden',
  'error.user.unknown',
  'error.user.lastAccountAdministrator',
  'error.partner.agreementNotFound',
  'error.input.invalid',
  'error.store.writeFailed',
  'error.import.invalid',
  'error.import.tooLarge',
] as const;
export type ErrorKey = (typeof errorKeys)[number];

/** Success notices a command can answer with (also dictionary keys). */
export const noticeKeys = [
  'notice.invitation.sent',
  'notice.invitation.notNeeded',
  'notice.store.recovered',
  'notice.store.unavailable',
  'notice.store.unsaved',
  'notice.resend.received',
] as const;
export type NoticeKey = (typeof noticeKeys)[number];

/** Every key the portal simulator may ask the dictionaries for. */
export const portalKeys = [...errorKeys, ...noticeKeys] as const;
export type PortalKey = ErrorKey | NoticeKey;

/**
 * Errors by field path: `email`, `rows.2.roles`, or `form` for the form as a whole. One key per
 * field: the first rule it breaks.
 */
export type FieldErrors = Readonly<Partial<Record<string, ErrorKey>>>;

/** A refused command or invalid input. */
export interface Failure {
  readonly ok: false;
  readonly errors: FieldErrors;
}

/** What every command and check answers: its payload, or the errors. */
export type Result<T extends object = object> = ({ readonly ok: true } & T) | Failure;

/** @example fail({ email: 'error.email.empty' }) */
export function fail(errors: FieldErrors): Failure {
  return { ok: false, errors };
}

/** A failure of the whole form rather than one field. @example formError('error.auth.forbidden') */
export function formError(key: ErrorKey): Failure {
  return fail({ form: key });
}

/** Drops the fields without an error; `undefined` when none is left. */
export function collectErrors(candidates: Record<string, ErrorKey | undefined>): FieldErrors | undefined {
  const entries = Object.entries(candidates).filter((entry): entry is [string, ErrorKey] => entry[1] !== undefined);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}
