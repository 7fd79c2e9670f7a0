import { canUseOnlineServices, type AssociatedDomain } from '../domain/orgDomains';
import { dayOf } from '../domain/clock';
import { normalizeEmail } from '../domain/email';
import { expiresAt, invitationStatus, registrationStatus, type Invitation } from '../domain/invitation';
import type { MailMessage } from '../domain/mailbox';
import { permissionsOf } from '../domain/permissions';
import { assignableRoles } from '../domain/roles';
import { currentUser, findInvitation, findUserByEmail, latestInvitationFor, type PortalState } from '../domain/state';
import type { User } from '../domain/user';
import type {
  AgreementView,
  ClockView,
  DomainView,
  InvitationSummary,
  InvitationView,
  MailboxSummary,
  MailMessageView,
  PartnerAgreementView,
  SessionView,
  UserView,
} from './viewTypes';

/** Projections from the state to the API's answers (types in viewTypes.ts). */

export function invitationSummary(invitation: Invitation | undefined, now: string): InvitationSummary | null {
  if (!invitation) return null;
  const { kind, issuedAt } = invitation;
  return { status: invitationStatus(invitation, now), kind, issuedAt, expiresAt: expiresAt(invitation) };
}

/** `latest` lets a caller listing many users pass each one's newest invitation, found once. */
export function userView(state: PortalState, user: User, latest = latestInvitationFor(state, user.email)): UserView {
  const { id, email, name, preferredLanguage, country, roles, status, invitedAt, activatedAt } = user;
  return {
    id,
    email,
    name,
    preferredLanguage,
    country,
    roles,
    status,
    invitedAt,
    activatedAt,
    isPurchasingAccountAdministrator: state.organization.agreement.purchasingAccountAdministrator.email === email,
    canUseOnlineServices: canUseOnlineServices(email, state.domains),
    invitation: invitationSummary(latest, state.clock.now),
    registration: registrationStatus(status, latest, state.clock.now),
  };
}

/** Every user, in the order they were invited: one pass over the invitations, not one per user. */
export function userViews(state: PortalState): UserView[] {
  const latest = new Map(state.invitations.map((invitation) => [invitation.email, invitation]));
  return state.users.map((user) => userView(state, user, latest.get(user.email)));
}

/** The session of `user`, who has just signed in (or is the signed-in user). */
export function sessionViewOf(state: PortalState, user: User): SessionView {
  return {
    user: userView(state, user),
    permissions: permissionsOf(user.roles),
    assignableRoles: assignableRoles(user.roles),
    signedInAt: state.session?.signedInAt ?? state.clock.now,
  };
}

export function sessionView(state: PortalState): SessionView | null {
  const user = currentUser(state);
  return user ? sessionViewOf(state, user) : null;
}

export function agreementView(state: PortalState): AgreementView {
  const { name, agreement, partner } = state.organization;
  return {
    organization: name,
    agreementNumber: agreement.number,
    purchasingAccountNumber: agreement.purchasingAccountNumber,
    purchasingAccountAdministrator: agreement.purchasingAccountAdministrator,
    partner: { name: partner.name },
  };
}

export function partnerAgreementView(state: PortalState): PartnerAgreementView {
  const { email } = state.organization.agreement.purchasingAccountAdministrator;
  return {
    ...agreementView(state),
    administratorStatus: findUserByEmail(state, email)?.status ?? 'none',
    invitation: invitationSummary(latestInvitationFor(state, email), state.clock.now),
  };
}

export function messageView(state: PortalState, message: MailMessage): MailMessageView {
  const token = message.params['token'];
  const invitation = token === undefined ? undefined : findInvitation(state, token);
  const linkStatus = token === undefined ? null : invitation ? invitationStatus(invitation, state.clock.now) : 'unknown';
  return { ...message, linkStatus };
}

export function clockView(state: PortalState): ClockView {
  return { ...state.clock, day: dayOf(state.clock) };
}

export function invitationView(state: PortalState, invitation: Invitation, user: User): InvitationView {
  const { organization } = state;
  return {
    email: user.email,
    name: user.name,
    country: user.country,
    organization: organization.name,
    agreementNumber: organization.agreement.number,
    kind: invitation.kind,
    roles: user.roles,
    expiresAt: expiresAt(invitation),
  };
}

export function domainView(domain: AssociatedDomain): DomainView {
  return { name: domain.name, associatedAt: domain.associatedAt };
}

/** Every address with mail, the most recently written to first. */
export function mailboxSummaries(state: PortalState): MailboxSummary[] {
  const byAddress = new Map<string, MailboxSummary>();
  for (const message of state.mailbox) {
    const messages = (byAddress.get(message.to)?.messages ?? 0) + 1;
    byAddress.delete(message.to); // re-inserted last: Map order becomes "least recent first"
    byAddress.set(message.to, { address: message.to, messages, latestAt: message.sentAt });
  }
  return [...byAddress.values()].reverse();
}

/** One address's messages, newest first. */
export function mailboxOf(state: PortalState, address: string): MailMessageView[] {
  const to = normalizeEmail(address);
  return state.mailbox.filter((message) => message.to === to).reverse().map((message) => messageView(state, message));
}
