import { assignmentRuleShownFor } from '../../machines/session';
import { profileRolesNotes } from '../../islands/parts/assignmentRule';
import { usePracticeOpened } from '../../islands/parts/practiceBridge';
import type { RouteViewProps } from '../descriptor';
import { ProfileScreen } from './ProfileScreen';

/** My profile (`#/profile`, from the user menu): the signed-in user, and what their roles let them do. */
export function Profile({ session, locale, t }: RouteViewProps) {
  // Practice scenarios tick "opened My profile" from here.
  usePracticeOpened('profile', session?.user.email ?? null);
  if (!session) return null;
  return <ProfileScreen user={session.user} locale={locale} t={t} rolesNotes={profileRolesNotes(session.user, assignmentRuleShownFor(session), t, locale)} />;
}
