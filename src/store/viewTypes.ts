import type { Contact } from '../domain/agreement';
import type { InvitationKind, InvitationStatus, RegistrationStatus } from '../domain/invitation';
import type { MailMessage } from '../domain/mailbox';
import type { Permission } from '../domain/permissions';
import type { RoleId } from '../domain/roles';
import type { User, UserStatus } from '../domain/user';

/**
 * What the API answers: plain JSON-shaped snapshots, like a server's responses. No view ever
 * carries a password hash; expiry and the online-services flag are derived on the way out.
 */

export interface InvitationSummary {
  readonly status: InvitationStatus;
  readonly kind: InvitationKind;
  readonly issuedAt: string;
  readonly expiresAt: string;
}

/** A user as the portal shows them: everything but the password hash, plus derived facts. */
export interface UserView extends Omit<User, 'passwordHash'> {
  readonly isPurchasingAccountAdministrator: boolean;
  /** Their address ends in an associated domain (GUIDE-FACTS, `domains`). */
  readonly canUseOnlineServices: boolean;
  /** The newest invitation to their address, if any. */
  readonly invitation: InvitationSummary | null;
  /** Where their registration stands: `active`, `invited`, or `expired` (the invitation passed its expiry). */
  readonly registration: RegistrationStatus;
}

export interface SessionView {
  readonly user: UserView;
  readonly permissions: readonly Permission[];
  /** The roles this user may assign when inviting or changing roles (empty if none). */
  readonly assignableRoles: readonly RoleId[];
  readonly signedInAt: string;
}

export interface AgreementView {
  readonly organization: string;
  readonly agreementNumber: string;
  readonly purchasingAccountNumber: string;
  readonly purchasingAccountAdministrator: Contact;
  readonly partner: { readonly name: string };
}

/** What the partner sees: the agreement and where its administrator's registration stands. */
export interface PartnerAgreementView extends AgreementView {
  readonly administratorStatus: UserStatus | 'none';
  readonly invitation: InvitationSummary | null;
}

/** The accept page: who is invited, to what. The address shown is fixed. */
export interface InvitationView {
  readonly email: string;
  readonly name: string;
  readonly country: string | null;
  readonly organization: string;
  readonly agreementNumber: string;
  readonly kind: InvitationKind;
  readonly roles: readonly RoleId[];
  readonly expiresAt: string;
}

export interface MailMessageView extends MailMessage {
  /** Where the message's link stands now ('unknown' once withdrawn); `null` without a link. */
  readonly linkStatus: InvitationStatus | 'unknown' | null;
}

export interface MailboxSummary {
  readonly address: string;
  readonly messages: number;
  readonly latestAt: string;
}

export interface DomainView {
  readonly name: string;
  readonly associatedAt: string;
}

export interface ClockView {
  readonly epoch: string;
  readonly now: string;
  /** Whole days since day 0. */
  readonly day: number;
}
