import type { ErrorKey } from '../../../domain/errors';
import type { Permission } from '../../../domain/permissions';
import { sessionMay } from '../../../machines/session';
import type { PortalApi } from '../../../store';
import { harry, harrysMail, harrysResendDetails, SETUP_PASSWORD } from './harry';
import { askForResend, createAccount, signInAs, signOutNow } from './replay';

/** One earlier step the set-up did for the reader, in order, to say it back to them. */
export type SetupStep =
  | { readonly kind: 'signedOut'; readonly name: string }
  | { readonly kind: 'resent' }
  | { readonly kind: 'registered' }
  | { readonly kind: 'signedIn' };

/**
 * Why the set-up stopped, having changed nothing the reader made:
 * - `ownPassword`: Harry's account has a password of the reader's own, which is not replaced;
 * - `noInvitation`: asking again brought Harry no working link (the agreement names someone else);
 * - `refused`: the store refused a step (`error` says why).
 */
export type SetupStop = 'ownPassword' | 'noInvitation' | 'refused';

export type SetupResult =
  | { readonly ok: true; readonly steps: readonly SetupStep[] }
  | { readonly ok: false; readonly steps: readonly SetupStep[]; readonly stop: SetupStop; readonly error?: ErrorKey };

const stopped = (steps: readonly SetupStep[], stop: SetupStop, error?: ErrorKey): SetupResult =>
  error === undefined ? { ok: false, steps, stop } : { ok: false, steps, stop, error };

/** Asks for Harry's invitation again, and answers the token of the link that came (neutral answer: only the mailbox tells). */
async function resendInvitation(portal: PortalApi): Promise<{ readonly token: string } | { readonly stop: SetupStop; readonly error?: ErrorKey }> {
  const asked = await askForResend(portal, harrysResendDetails);
  if (!asked.ok) return { stop: 'refused', error: asked.error };
  const { pendingToken } = harrysMail(await portal.getMailbox(harry.email));
  return pendingToken ? { token: pendingToken } : { stop: 'noInvitation' };
}

/**
 * Harry's invitation in his mailbox with a working link (the accept-invitation step's start):
 * if his link expired or was replaced, the resend request of the `request-resend` section.
 */
export async function setUpInvitation(portal: PortalApi): Promise<SetupResult> {
  if (harrysMail(await portal.getMailbox(harry.email)).pendingToken) return { ok: true, steps: [] };
  const resent = await resendInvitation(portal);
  return 'token' in resent ? { ok: true, steps: [{ kind: 'resent' }] } : stopped([], resent.stop, resent.error);
}

/** Harry's account from his invitation (asked for again first if its link no longer works), which signs him in. */
async function register(portal: PortalApi, before: readonly SetupStep[], linkExpired: boolean): Promise<SetupResult> {
  const steps = [...before];
  let token = linkExpired ? undefined : harrysMail(await portal.getMailbox(harry.email)).pendingToken;
  if (!token) {
    const resent = await resendInvitation(portal);
    if (!('token' in resent)) return stopped(steps, resent.stop, resent.error);
    steps.push({ kind: 'resent' });
    token = resent.token;
  }
  const created = await createAccount(portal, token, SETUP_PASSWORD);
  return created.ok ? { ok: true, steps: [...steps, { kind: 'registered' }] } : stopped(steps, 'refused', created.error);
}

/** What the sign-in page's refusal of Harry leads to: his account to create, or a stop. */
async function afterRefusal(portal: PortalApi, steps: readonly SetupStep[], error: ErrorKey): Promise<SetupResult> {
  if (error === 'error.signIn.invitationPending') return register(portal, steps, false);
  if (error === 'error.signIn.invitationExpired') return register(portal, steps, true);
  return error === 'error.signIn.badCredentials' ? stopped(steps, 'ownPassword') : stopped(steps, 'refused', error);
}

type Session = Awaited<ReturnType<PortalApi['getSession']>>;

/**
 * Someone signed in who may do `permission` (any signed-in user if `null`), as the steps that
 * need an administrator start: whoever is signed in without it is signed out; then Harry signs
 * in with the set-up's password, or, not registered yet, his account is created from his
 * invitation (which signs him in). A password of the reader's own is never replaced: the set-up
 * stops and says so. Which way to go is the store's answer to signing in (GUIDE-FACTS,
 * `request-resend` step 2: try to sign in first), not a guess from the data.
 */
export async function setUpAdministrator(portal: PortalApi, permission: Permission | null): Promise<SetupResult> {
  const may = (session: Session) => session !== null && (permission === null || sessionMay(session, permission));
  const session = await portal.getSession();
  if (may(session)) return { ok: true, steps: [] };
  const steps: SetupStep[] = [];
  if (session) {
    const out = await signOutNow(portal);
    if (!out.ok) return stopped(steps, 'refused', out.error);
    steps.push({ kind: 'signedOut', name: session.user.name });
  }
  const signedIn = await signInAs(portal, harry.email, SETUP_PASSWORD);
  const result = signedIn.ok ? { ok: true as const, steps: [...steps, { kind: 'signedIn' as const }] } : await afterRefusal(portal, steps, signedIn.error);
  // Harry is signed in, but the reader may have taken from him the role this step needs.
  return !result.ok || may(await portal.getSession()) ? result : stopped(result.steps, 'refused', 'error.auth.forbidden');
}
