import { addDays } from './clock';
import type { ErrorKey } from './errors';
import type { RoleId } from './roles';

/** An invitation link stops working 60 days after it was issued (GUIDE-FACTS, `register`). */
export const INVITATION_LIFETIME_DAYS = 60;

/** What is stored. Expiry is not stored but derived from the clock, so it can never disagree. */
export type StoredInvitationStatus = 'pending' | 'accepted' | 'replaced';
export type InvitationStatus = StoredInvitationStatus | 'expired';

/** The purchasing account administrator's registration, or a colleague's invitation. */
export type InvitationKind = 'purchasing-administrator' | 'colleague';

/** Who issued it: Microsoft (new MPSA, self-service resend), the partner, or a portal user. */
export type IssuedBy =
  | { readonly kind: 'microsoft' }
  | { readonly kind: 'partner' }
  | { readonly kind: 'user'; readonly userId: string };

export interface Invitation {
  /** The secret in the link. */
  readonly token: string;
  readonly email: string;
  /** The roles offered when it was issued; the user record stays the authority afterwards. */
  readonly roles: readonly RoleId[];
  readonly kind: InvitationKind;
  readonly issuedAt: string;
  readonly issuedBy: IssuedBy;
  readonly status: StoredInvitationStatus;
  readonly acceptedAt: string | null;
}

/** @example expiresAt({ issuedAt: '2016-11-01T09:00:00.000Z' }) // '2016-12-31T09:00:00.000Z' (day 60) */
export function expiresAt(invitation: Pick<Invitation, 'issuedAt'>): string {
  return addDays(invitation.issuedAt, INVITATION_LIFETIME_DAYS);
}

/**
 * The status as the learner sees it at `now`. A pending invitation expires at the instant day
 * 60 begins: it works through day 59 and never on day 60.
 */
export function invitationStatus(invitation: Invitation, now: string): InvitationStatus {
  if (invitation.status !== 'pending') return invitation.status;
  return Date.parse(now) >= Date.parse(expiresAt(invitation)) ? 'expired' : 'pending';
}

/** Where a user's registration stands, as Manage users shows it. */
export type RegistrationStatus = 'active' | 'invited' | 'expired';

/**
 * Where a user's registration stands at `now`: `active` once registered; an invited user's
 * newest invitation (`newest`) decides between `invited` and `expired` (a resend issues a fresh one).
 * @example registrationStatus('invited', { ...invitation, status: 'pending' }, dayAfterExpiry) // 'expired'
 */
export function registrationStatus(status: 'active' | 'invited', newest: Invitation | undefined, now: string): RegistrationStatus {
  if (status === 'active') return 'active';
  return newest && invitationStatus(newest, now) === 'expired' ? 'expired' : 'invited';
}

/**
 * Why a link does not work, or `undefined` when it does: it works once, before it expires,
 * and only if no newer invitation replaced it.
 */
export function tokenError(invitation: Invitation | undefined, now: string): ErrorKey | undefined {
  if (!invitation) return 'error.invitation.unknown';
  const status = invitationStatus(invitation, now);
  if (status === 'accepted') return 'error.invitation.used';
  if (status === 'replaced') return 'error.invitation.replaced';
  return status === 'expired' ? 'error.invitation.expired' : undefined;
}
