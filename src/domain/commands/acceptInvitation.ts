import { normalizeCountry, validateCountry } from '../countries';
import { collectErrors, fail, formError, type FieldErrors, type Result } from '../errors';
import { tokenError, type Invitation } from '../invitation';
import { validateConfirmation, validatePassword } from '../password';
import { normalizeName, validateName } from '../personName';
import { findInvitation, findUserByEmail, type PortalState } from '../state';
import { text } from '../text';
import type { User } from '../user';
import type { CommandResult } from './result';
import { updateUser } from './userRecords';

/**
 * The "Create your organizational account" form. The address is not a field: it is fixed. The
 * terms are no field either: choosing Start accepts them (GUIDE-FACTS, `accept-invitation`).
 */
export interface AcceptInput {
  readonly token?: unknown;
  readonly name?: unknown;
  readonly password?: unknown;
  readonly confirmPassword?: unknown;
  readonly country?: unknown;
}

/** The form's own errors (GUIDE-FACTS, `accept-invitation`); `undefined` when it is complete. */
export function validateAcceptForm(input: Omit<AcceptInput, 'token'>): FieldErrors | undefined {
  return collectErrors({
    name: validateName(input.name),
    password: validatePassword(input.password),
    confirmPassword: validateConfirmation(input.password, input.confirmPassword),
    country: validateCountry(input.country),
  });
}

/**
 * Opens a link: the invitation and its invited user, or why the link is dead (unknown, used,
 * replaced, expired). A link works once, before day 60, and only if not replaced.
 */
export function openInvitation(state: PortalState, token: unknown): Result<{ readonly invitation: Invitation; readonly user: User }> {
  const invitation = findInvitation(state, text(token));
  const error = tokenError(invitation, state.clock.now);
  if (error || !invitation) return formError(error ?? 'error.invitation.unknown');
  const user = findUserByEmail(state, invitation.email);
  // Cannot happen in a valid document; a defensive answer beats a crash.
  if (user?.status !== 'invited') return formError('error.invitation.unknown');
  return { ok: true, invitation, user };
}

/**
 * Accepts: the user becomes active with the name, country and password hash given, the
 * invitation is used up, and the user is signed in (they land on the dashboard). The hash is
 * made beforehand (asynchronously) from the validated password; see passwordHash.ts.
 */
export function acceptInvitation(state: PortalState, input: AcceptInput, passwordHash: string): CommandResult<{ readonly user: User }> {
  const opened = openInvitation(state, input.token);
  if (!opened.ok) return opened;
  const errors = validateAcceptForm(input);
  if (errors) return fail(errors);
  const now = state.clock.now;
  const change = {
    name: normalizeName(input.name),
    country: normalizeCountry(input.country),
    status: 'active' as const,
    passwordHash,
    activatedAt: now,
  };
  const updated = updateUser(state, opened.user.id, change);
  const invitations = updated.invitations.map((invitation) =>
    invitation.token === opened.invitation.token ? { ...invitation, status: 'accepted' as const, acceptedAt: now } : invitation,
  );
  const next = { ...updated, invitations, session: { userId: opened.user.id, signedInAt: now } };
  return { ok: true, state: next, user: { ...opened.user, ...change } };
}
