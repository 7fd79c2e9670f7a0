import type { AcceptInput } from '../domain/commands/acceptInvitation';
import type { InviteRow } from '../domain/commands/inviteUsers';
import type { ChangeAdministratorInput } from '../domain/commands/partner';
import type { ResendInput } from '../domain/commands/requestResend';
import type { SignInInput } from '../domain/commands/signIn';
import type { NoticeKey, Result } from '../domain/errors';
import type { Snapshot, StoreStatus } from './backend';
import type {
  AgreementView,
  ClockView,
  DomainView,
  InvitationView,
  MailboxSummary,
  MailMessageView,
  PartnerAgreementView,
  SessionView,
  UserView,
} from './viewTypes';

/** Told after every change: this tab's own commands (`local`) and other tabs' (`external`). */
export interface PortalChange {
  readonly revision: number;
  readonly origin: 'local' | 'external';
}

/**
 * The simulated Business Center, shaped like a portal server's API: every call is async and
 * answers plain data. Commands answer `{ ok: true, … }` or `{ ok: false, errors }` (errors are
 * dictionary keys by field, `form` for the whole form) and never throw on bad input. A command
 * is applied whole or not at all; a failed save answers `errors.form: 'error.store.writeFailed'`
 * and changes nothing. Signed-in calls answer `error.auth.signedOut` or `error.auth.forbidden`
 * when the session's roles do not allow them.
 */
export interface PortalApi {
  // --- Session: sign-in page, header, dashboard ---
  /** Who is signed in (shared by all tabs, like a cookie), with permissions and assignable roles. */
  getSession(): Promise<SessionView | null>;
  /** Work account, active user and right password only (see domain `checkSignIn`). */
  signIn(input: SignInInput): Promise<Result<{ session: SessionView }>>;
  signOut(): Promise<Result>;

  // --- Registration: "Didn't receive an invitation email?" and the invitation link ---
  /** Resends the administrator's invitation when all three fields match and nobody has registered; answers the same neutral `notice.resend.received` whatever happened (only the mailbox shows it). */
  requestResend(input: ResendInput): Promise<Result<{ notice: NoticeKey }>>;
  /** Opens a link: what the accept page shows, or why the link is dead (unknown, used, replaced, expired). */
  openInvitation(token: string): Promise<Result<{ invitation: InvitationView }>>;
  /** Creates the account and signs the new user in. */
  acceptInvitation(input: AcceptInput): Promise<Result<{ session: SessionView }>>;

  // --- Signed in: Account > Manage access, and the dashboard ---
  /** Needs `agreements.view`. */
  getAgreement(): Promise<Result<{ agreement: AgreementView }>>;
  /** Needs `users.view`. Active and invited users, in the order they were invited. */
  listUsers(): Promise<Result<{ users: UserView[] }>>;
  /** Needs `users.invite`. All rows or none; errors keyed `rows.<index>.<field>`. */
  inviteUsers(input: { readonly rows: readonly InviteRow[] }): Promise<Result<{ invited: UserView[] }>>;
  /** Needs `users.invite`: a new invitation for an invited user, replacing theirs. */
  resendUserInvitation(input: { readonly userId: string }): Promise<Result<{ user: UserView }>>;
  /** Needs `users.manage`; never takes Account administrator from the last active one. */
  changeRoles(input: { readonly userId: string; readonly roles: readonly string[] }): Promise<Result<{ user: UserView }>>;
  /** Needs `users.manage`; never removes the last active Account administrator. */
  removeUser(input: { readonly userId: string }): Promise<Result>;
  /** Needs `domains.view`. */
  listDomains(): Promise<Result<{ domains: DomainView[] }>>;
  /** Needs `domains.manage`. */
  associateDomain(input: { readonly domain: string }): Promise<Result<{ domains: DomainView[] }>>;
  /** Needs `domains.manage`. */
  removeDomain(input: { readonly domain: string }): Promise<Result<{ domains: DomainView[] }>>;

  // --- Partner center (no portal session) ---
  partnerFindAgreement(input: { readonly agreementNumber: string }): Promise<Result<{ agreement: PartnerAgreementView }>>;
  partnerResendInvitation(input: { readonly agreementNumber: string }): Promise<Result<{ notice: NoticeKey; agreement: PartnerAgreementView }>>;
  partnerChangeAdministrator(input: ChangeAdministratorInput): Promise<Result<{ notice: NoticeKey; agreement: PartnerAgreementView }>>;
  partnerChangeAdministratorEmail(input: { readonly agreementNumber: string; readonly email: string }): Promise<Result<{ notice: NoticeKey; agreement: PartnerAgreementView }>>;

  // --- Mailbox (the learner's mail client, outside the portal) ---
  /** Every address that has mail, most recent first. */
  listMailboxes(): Promise<MailboxSummary[]>;
  /** One address's messages, newest first, each with where its link stands. */
  getMailbox(address: string): Promise<MailMessageView[]>;

  // --- Simulator controls ---
  getClock(): Promise<ClockView>;
  /** Whole days, 1 to 3650. */
  advanceClock(input: { readonly days: number | string }): Promise<Result<{ clock: ClockView }>>;
  /** Where data lives and whether it had to be recovered (for a notice the UI can show). */
  getStatus(): Promise<StoreStatus>;
  /** Hides the recovery notice: the learner has seen it. */
  acknowledgeRecovery(): Promise<void>;
  /** Back to the seed (a fresh invitation for Harry on day 0). */
  reset(): Promise<Result>;
  /** The whole document as JSON text, for a file. */
  exportDocument(): Promise<string>;
  /**
   * The records as they are now, read-only, with their revision: what practice's checks look at,
   * as a grader reads the server's records (no JSON text, no validation: the store holds only
   * valid state). Not for views, which ask the calls above.
   */
  getSnapshot(): Promise<Snapshot>;
  /** Replaces everything with a file's document (older versions migrated); a bad file changes nothing. */
  importDocument(text: string): Promise<Result>;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (change: PortalChange) => void): () => void;
}
