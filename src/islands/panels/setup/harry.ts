import { example } from '../../../config/exampleData';
import type { MailMessageView } from '../../../store';

/** Harry, the purchasing account administrator the guide's steps are written for (the seed's). */
export const harry = { email: example.adminEmail, name: example.adminName } as const;

/** What "Didn't receive an invitation email?" asks, as the agreement has it (GUIDE-FACTS, `request-resend`). */
export const harrysResendDetails = {
  email: example.adminEmail,
  agreementNumber: example.agreementNumber,
  purchasingAccountNumber: example.purchasingAccountNumber,
} as const;

/**
 * The password the set-up gives Harry's account, said to the reader with what was done so they
 * can sign in with it later. Made up, and meeting the simulator's policy (`domain/password.ts`).
 */
export const SETUP_PASSWORD = 'Practice-2016';

/** Where Harry's registration stands, as his mailbox shows it (each link's status is the store's). */
export interface HarrysMail {
  /** The token of his invitation whose link works now, if one does. */
  readonly pendingToken: string | undefined;
  /** One of his links was used: his account exists. */
  readonly registered: boolean;
}

/** @example harrysMail(await portal.getMailbox(harry.email)) // { pendingToken: '…', registered: false } */
export function harrysMail(messages: readonly MailMessageView[]): HarrysMail {
  const invitations = messages.filter((message) => message.kind === 'invitation.purchasing-administrator');
  return {
    pendingToken: invitations.find((message) => message.linkStatus === 'pending')?.params['token'],
    registered: invitations.some((message) => message.linkStatus === 'accepted'),
  };
}
