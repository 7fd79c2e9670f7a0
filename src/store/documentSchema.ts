import * as z from 'zod/mini';
import type { PortalState } from '../domain/state';
import {
  clockSchema,
  domainSchema,
  invitationSchema,
  messageSchema,
  organizationSchema,
  sessionSchema,
  userSchema,
} from './stateSchema';

/** The version `createBrowserPortal` writes. Older ones are migrated on load (migrations.ts). */
export const DOCUMENT_VERSION = 2;

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

/**
 * The state plus the cross-record rules a field schema cannot see. A document breaking one
 * (two users with one address, a session for a missing user, two pending links to one address)
 * is treated as corrupt rather than trusted.
 */
export const portalStateSchema = z
  .object({
    organization: organizationSchema,
    users: z.array(userSchema),
    invitations: z.array(invitationSchema),
    domains: z.array(domainSchema),
    mailbox: z.array(messageSchema),
    clock: clockSchema,
    session: sessionSchema,
  })
  .check(
    z.superRefine((state, context) => {
    const problems: [boolean, string][] = [
      [unique(state.users.map((user) => user.id)), 'user ids repeat'],
      [unique(state.users.map((user) => user.email)), 'user addresses repeat'],
      [state.users.every((user) => (user.status === 'active') === (user.passwordHash !== null)), 'active users need a hash, invited none'],
      [unique(state.invitations.map((invitation) => invitation.token)), 'tokens repeat'],
      [unique(state.invitations.filter((i) => i.status === 'pending').map((i) => i.email)), 'two pending invitations to one address'],
      [unique(state.domains.map((domain) => domain.name)), 'domains repeat'],
      [unique(state.mailbox.map((message) => message.id)), 'message ids repeat'],
      [Date.parse(state.clock.now) >= Date.parse(state.clock.epoch), 'clock before day 0'],
      [state.session === null || state.users.some((user) => user.id === state.session?.userId && user.status === 'active'), 'session without an active user'],
    ];
      for (const [holds, message] of problems) if (!holds) context.addIssue({ code: 'custom', message });
    }),
  );

/** The stored (and exported) document: a version, a revision counter, the state. */
export const documentSchema = z.object({
  version: z.literal(DOCUMENT_VERSION),
  revision: z.int().check(z.nonnegative()),
  state: portalStateSchema,
});

export interface PortalDocument {
  readonly version: typeof DOCUMENT_VERSION;
  /** Grows by one with every write: tabs tell a change from a replay by it. */
  readonly revision: number;
  readonly state: PortalState;
}
