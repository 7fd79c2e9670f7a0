import { acceptInvitation, advanceClock, checkSignIn, endSession, inviteUsers, startSession } from '../domain/commands';
import { findUserByEmail, latestInvitationFor } from '../domain/state';
import { PRACTICE_PASSWORD, type Invitee } from './people';
import { ScenarioSetupError, must, type StartStep } from './start';

/**
 * The story steps scenarios start from, each one or two domain commands: the clock passes,
 * someone accepts their newest invitation, signs in or out, invites people.
 */

/** The simulated clock moves `days` days ahead ("the invitation was sent 61 days ago"). */
export const daysPass = (days: number): StartStep => (state) => must(`${days} days passing`, advanceClock(state, { days })).state;

/**
 * `email` accepts their newest invitation with the practice password (keeping the name and
 * country they were invited with), and is signed in: what "Get started now" and Start do.
 */
export const register = (email: string): StartStep => async (state, context) => {
  const user = findUserByEmail(state, email);
  const invitation = latestInvitationFor(state, email);
  if (!user || !invitation) throw new ScenarioSetupError(`registering ${email}`, 'no invitation');
  const input = { token: invitation.token, name: user.name, country: user.country ?? '', password: PRACTICE_PASSWORD, confirmPassword: PRACTICE_PASSWORD };
  return must(`registering ${email}`, acceptInvitation(state, input, await context.hasher.hash(PRACTICE_PASSWORD))).state;
};

/** Nobody is signed in any more. */
export const signOut = (): StartStep => (state) => endSession(state);

/** `email`, registered already, signs in with the practice password. */
export const signIn = (email: string): StartStep => (state) => {
  const { user } = must(`signing in ${email}`, checkSignIn(state, { email, password: PRACTICE_PASSWORD }));
  return must(`signing in ${email}`, startSession(state, user)).state;
};

/** The signed-in user invites these people, each with their own language and roles. */
export const invite = (invitees: readonly Invitee[]): StartStep => (state, context) => {
  const rows = invitees.map(({ person, roles }) => ({ email: person.email, name: person.name, preferredLanguage: person.language, country: person.country, roles }));
  return must(`inviting ${invitees.map(({ person }) => person.email).join(', ')}`, inviteUsers(state, { rows }, context)).state;
};
