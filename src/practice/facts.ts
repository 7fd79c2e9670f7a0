import type { ErrorKey, NoticeKey } from '../domain/errors';
import { invitationStatus, type Invitation } from '../domain/invitation';
import type { LanguageId } from '../domain/languages';
import type { MailMessage } from '../domain/mailbox';
import { currentUser, findUserByEmail, latestInvitationFor, type PortalState } from '../domain/state';
import type { User } from '../domain/user';
import type { AttemptEntry, PracticeScreen } from './attempt';
import type { PracticeMachineId } from './machines';

/** The questions checks ask of the portal's state and of the attempt, each asked the domain's way. */

export const userOf = (state: PortalState, email: string): User | undefined => findUserByEmail(state, email);

/** `email`'s newest invitation, when its link works now. */
export function workingInvitation(state: PortalState, email: string): Invitation | undefined {
  const latest = latestInvitationFor(state, email);
  return latest && invitationStatus(latest, state.clock.now) === 'pending' ? latest : undefined;
}

/** The messages in `email`'s mailbox, oldest first. */
export const mailTo = (state: PortalState, email: string): MailMessage[] => state.mailbox.filter((message) => message.to === email);

/** The message that carries `invitation`'s link. */
export const mailOf = (state: PortalState, invitation: Invitation): MailMessage | undefined =>
  state.mailbox.find((message) => message.params['token'] === invitation.token);

/** An invitation to `email` works now, and its mail went out in `language`. */
export function pendingInLanguage(state: PortalState, email: string, language: LanguageId): boolean {
  const invitation = workingInvitation(state, email);
  return invitation !== undefined && mailOf(state, invitation)?.language === language;
}

/** Whoever is signed in has this address. */
export const signedInAs = (state: PortalState, email: string): boolean => currentUser(state)?.email === email;

type Answer = Extract<AttemptEntry, { kind: 'answer' }>;

/** The store's answers to `machine`'s call `call`, in order. */
export const answersTo = (attempt: readonly AttemptEntry[], machine: PracticeMachineId, call: string): Answer[] =>
  attempt.filter((entry): entry is Answer => entry.kind === 'answer' && entry.machine === machine && entry.call === call);

/** Where in the attempt the store last accepted a call with `notice`, or -1. */
export function lastNotice(attempt: readonly AttemptEntry[], notice: NoticeKey): number {
  return attempt.findLastIndex((entry) => entry.kind === 'answer' && entry.ok && entry.notice === notice);
}

/** The store refused some call with `key`. */
export const refusedWith = (attempt: readonly AttemptEntry[], key: ErrorKey): boolean =>
  attempt.some((entry) => entry.kind === 'answer' && !entry.ok && Object.values(entry.errors).includes(key));

/** `machine`'s form showed `key` for `field` at some point. */
export const showedError = (attempt: readonly AttemptEntry[], machine: PracticeMachineId, field: string, key: ErrorKey): boolean =>
  attempt.some((entry) => entry.kind === 'event' && entry.machine === machine && entry.errors[field] === key);

/** Where in the attempt `screen` of `subject` was last shown, or -1. */
export const lastOpened = (attempt: readonly AttemptEntry[], screen: PracticeScreen, subject: string): number =>
  attempt.findLastIndex((entry) => entry.kind === 'opened' && entry.screen === screen && entry.subject === subject);

/** The choices of the trainee's latest answer to the question, if any. */
export function latestAnswer(attempt: readonly AttemptEntry[]): readonly string[] | undefined {
  const last = attempt.findLast((entry) => entry.kind === 'answered');
  return last?.kind === 'answered' ? last.choices : undefined;
}

/** The same choices, in any order, none twice. */
export const sameChoices = (given: readonly string[], expected: readonly string[]): boolean =>
  new Set(given).size === given.length && given.length === expected.length && expected.every((choice) => given.includes(choice));
