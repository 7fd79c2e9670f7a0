import type { ErrorKey } from './errors';
import { length } from './text';

/**
 * The simulator's password policy (the guide leaves it open; the UI and the guide state it
 * with these numbers): 8 to 128 characters, with at least three of the four kinds lowercase
 * letters, uppercase letters, digits, and symbols (anything else: punctuation, spaces, letters
 * without case such as kana or Han). This is the shape of Microsoft's work-account policy;
 * the upper bound only stops absurd input.
 */
export const passwordPolicy = { minLength: 8, maxLength: 128, minKinds: 3 } as const;

const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

/** How many of the four kinds of character a password uses. @example characterKinds('abC1') // 3 */
export function characterKinds(password: string): number {
  return kinds.filter((kind) => kind.test(password)).length;
}

/**
 * Passwords are taken as typed: no trimming, because a trailing space may be intended.
 * @example validatePassword('short') // 'error.password.tooShort'; validatePassword('Contoso2016') // undefined
 */
export function validatePassword(value: unknown): ErrorKey | undefined {
  const password = typeof value === 'string' ? value : '';
  if (password === '') return 'error.password.empty';
  const size = length(password);
  if (size < passwordPolicy.minLength) return 'error.password.tooShort';
  if (size > passwordPolicy.maxLength) return 'error.password.tooLong';
  return characterKinds(password) < passwordPolicy.minKinds ? 'error.password.tooSimple' : undefined;
}

/** @example validateConfirmation('Contoso2016', 'contoso2016') // 'error.confirmPassword.mismatch' */
export function validateConfirmation(password: unknown, confirmation: unknown): ErrorKey | undefined {
  if (typeof confirmation !== 'string' || confirmation === '') return 'error.confirmPassword.empty';
  return confirmation === password ? undefined : 'error.confirmPassword.mismatch';
}
