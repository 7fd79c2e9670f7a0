import type { LanguageId } from './languages';
import type { RoleId } from './roles';

/** Invited: has a user record but has not accepted yet. Active: may sign in. */
export type UserStatus = 'invited' | 'active';

export interface User {
  readonly id: string;
  /** The work account: normalized, unique among users. Fixed on the accept page. */
  readonly email: string;
  readonly name: string;
  /** The language of this user's email notifications. */
  readonly preferredLanguage: LanguageId;
  /** ISO 3166 code; `null` until known (a partner may name an administrator without one). */
  readonly country: string | null;
  /** One or more roles, in the guide's order. */
  readonly roles: readonly RoleId[];
  readonly status: UserStatus;
  /** PBKDF2 hash (see passwordHash.ts), set when the user accepts; never the password. */
  readonly passwordHash: string | null;
  readonly invitedAt: string;
  readonly activatedAt: string | null;
}
