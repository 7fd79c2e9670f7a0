import { normalizeEmail, validateWorkEmail } from '../email';
import { collectErrors, fail, formError, type FieldErrors, type Result } from '../errors';
import { invitationStatus } from '../invitation';
import { findUserById, findUserByEmail, latestInvitationFor, type PortalState } from '../state';
import type { User } from '../user';
import type { CommandResult } from './result';

export interface SignInInput {
  readonly email?: unknown;
  readonly password?: unknown;
}

/** An active user with the hash to check the typed password against. */
export type SignInCandidate = User & { readonly passwordHash: string };

/**
 * The sign-in form: a work account (a personal address gets the work-account explanation) and a
 * password that is not empty. The password policy is not checked: it applies when a password is
 * created, and a sign-in form should not hint at it. The command and the sign-in form both check
 * this. `undefined` when the form may be sent.
 * @example validateSignInForm({ email: 'harry@contoso.com', password: '' }) // { password: 'error.password.empty' }
 */
export function validateSignInForm(input: SignInInput): FieldErrors | undefined {
  const { password } = input;
  return collectErrors({
    email: validateWorkEmail(input.email),
    password: typeof password === 'string' && password !== '' ? undefined : 'error.password.empty',
  });
}

/**
 * Everything about a sign-in except the password check (which is asynchronous, see
 * passwordHash.ts). Only a work account, only an active user: a personal address gets the
 * work-account explanation; someone never invited is told how to get an invitation; an
 * invited user is told to accept, or that the link expired and how to get a new one.
 */
export function checkSignIn(state: PortalState, input: SignInInput): Result<{ readonly user: SignInCandidate }> {
  const errors = validateSignInForm(input);
  if (errors) return fail(errors);
  const user = findUserByEmail(state, normalizeEmail(input.email));
  if (!user) return formError('error.signIn.notInvited');
  if (user.status === 'invited' || user.passwordHash === null) {
    const latest = latestInvitationFor(state, user.email);
    const pending = latest !== undefined && invitationStatus(latest, state.clock.now) === 'pending';
    return formError(pending ? 'error.signIn.invitationPending' : 'error.signIn.invitationExpired');
  }
  return { ok: true, user: { ...user, passwordHash: user.passwordHash } };
}

/**
 * Opens the session once the password matched. Re-checked against the latest state because
 * another tab may have removed the user, or the password may have changed, meanwhile.
 */
export function startSession(state: PortalState, candidate: SignInCandidate): CommandResult<{ readonly user: User }> {
  const user = findUserById(state, candidate.id);
  if (user?.status !== 'active' || user.passwordHash !== candidate.passwordHash) {
    return formError('error.signIn.badCredentials');
  }
  return { ok: true, state: { ...state, session: { userId: user.id, signedInAt: state.clock.now } }, user };
}

/** Signing out always succeeds, signed in or not. */
export function endSession(state: PortalState): PortalState {
  return state.session === null ? state : { ...state, session: null };
}
