import type { LanguageId } from './languages';

/**
 * The kinds of message the portal sends. The text is rendered later from the dictionaries
 * (`mail.<kind>.subject`, `mail.<kind>.body`), in the recipient's language, with `params`.
 */
export const mailKinds = ['invitation.purchasing-administrator', 'invitation.colleague'] as const;
export type MailKind = (typeof mailKinds)[number];

/** The parameters each kind carries, for typing the dictionaries' placeholders. */
export const mailParams = {
  'invitation.purchasing-administrator': ['token', 'recipientName', 'email', 'organization', 'agreementNumber', 'expiresAt', 'resent'],
  'invitation.colleague': ['token', 'recipientName', 'email', 'organization', 'inviterName', 'roles', 'expiresAt', 'resent'],
} as const satisfies Record<MailKind, readonly string[]>;

/** A message in the simulated mailbox of `to`. */
export interface MailMessage {
  readonly id: string;
  readonly to: string;
  readonly kind: MailKind;
  /** The recipient's preferred language when it was sent. */
  readonly language: LanguageId;
  readonly sentAt: string;
  /** Values for the dictionary's placeholders; `roles` is a comma-separated list of role ids. */
  readonly params: Readonly<Record<string, string>>;
}

/** @example isMailKind('invitation.colleague') // true */
export function isMailKind(value: unknown): value is MailKind {
  return typeof value === 'string' && (mailKinds as readonly string[]).includes(value);
}
