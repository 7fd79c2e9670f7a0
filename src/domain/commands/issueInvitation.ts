import { expiresAt, type Invitation, type InvitationKind, type IssuedBy } from '../invitation';
import type { MailMessage } from '../mailbox';
import type { CommandContext, PortalState } from '../state';
import type { User } from '../user';
import { replacePending } from './userRecords';

export interface IssueRequest {
  /** The invited user; their address, roles and preferred language are used. */
  readonly user: User;
  readonly kind: InvitationKind;
  readonly issuedBy: IssuedBy;
  /** The inviter's name for a colleague invitation. */
  readonly inviterName?: string;
  readonly resent: boolean;
}

/**
 * Issues an invitation and mails it. Any pending invitation to the same address is replaced
 * first (GUIDE-FACTS, our decisions: a new invitation replaces the older one), and the message
 * goes out in the recipient's preferred language (every invitation and resend sends one).
 */
export function issueInvitation(
  state: PortalState,
  request: IssueRequest,
  context: CommandContext,
): { state: PortalState; invitation: Invitation } {
  const { user, kind } = request;
  const now = state.clock.now;
  const invitation: Invitation = {
    token: context.newId(),
    email: user.email,
    roles: user.roles,
    kind,
    issuedAt: now,
    issuedBy: request.issuedBy,
    status: 'pending',
    acceptedAt: null,
  };
  const common = {
    token: invitation.token,
    recipientName: user.name,
    email: user.email,
    organization: state.organization.name,
    expiresAt: expiresAt(invitation),
    resent: String(request.resent),
  };
  const message: MailMessage = {
    id: context.newId(),
    to: user.email,
    kind: `invitation.${kind}`,
    language: user.preferredLanguage,
    sentAt: now,
    params:
      kind === 'colleague'
        ? { ...common, inviterName: request.inviterName ?? '', roles: user.roles.join(',') }
        : { ...common, agreementNumber: state.organization.agreement.number },
  };
  const cleared = replacePending(state, user.email);
  return {
    state: { ...cleared, invitations: [...cleared.invitations, invitation], mailbox: [...cleared.mailbox, message] },
    invitation,
  };
}
