import { usePracticeMachine, usePracticeOpener } from '../../islands/parts/practiceBridge';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { roleIds } from '../../domain/roles';
import type { Locale } from '../../i18n/locales';
import type { SimTranslate } from '../../i18n/sim';
import { editRolesMachine } from './editRolesMachine';
import { assignmentRuleShownFor, sessionMay } from '../../machines/session';
import { rowOffers, userActionsMachine, type UserActionOutcome } from './userActionsMachine';
import { getPortal, type SessionView, type UserView } from '../../store';
import { assignmentRuleText } from '../../islands/parts/assignmentRule';
import { useFocusFirstError } from '../../islands/parts/ErrorSummary';
import { usePortalData } from '../../islands/parts/hooks';
import { Notice } from '../../islands/parts/Notice';
import { EditRolesScreen } from './EditRolesScreen';
import { ManageUsersScreen, type ListOutcome } from './ManageUsersScreen';
import { UserRowActions } from './UserRowActions';
import { InviteUsers } from '../invite-users/InviteUsers';

const headingId = 'users-heading';
const outcomeId = 'users-outcome';

/**
 * Account › Manage access › Manage users: the list (the store's), each row's Resend and Remove
 * (`userActionsMachine`), a user's roles (`editRolesMachine`) and Invite users (its own island).
 */
export function ManageUsers({ locale, t }: { locale: Locale; t: SimTranslate }) {
  const answer = usePortalData((portal) => portal.listUsers());
  const session = usePortalData((portal) => portal.getSession());
  const [editing, setEditing] = useState<UserView | null>(null);
  const [inviting, setInviting] = useState(false);
  const actions = useUserActions(session ?? null);
  const { state, send } = actions;
  // Show me opens these two screens as a click on their buttons would.
  const users = answer?.ok ? answer.users : undefined;
  usePracticeOpener('inviteUsers', useCallback(() => { setEditing(null); setInviting(true); }, []));
  usePracticeOpener('editRoles', useCallback((input: Readonly<Record<string, unknown>>) => {
    const user = users?.find((candidate) => candidate.id === input['userId']);
    if (user) { setInviting(false); setEditing(user); }
  }, [users]));
  if (!answer) return <p role="status">{t('sim.loading')}</p>;
  return (
    <ManageUsersScreen t={t} locale={locale} headingId={headingId} outcomeId={outcomeId} outcome={outcomeText(state.context.outcome, t)}
      list={answer.ok ? { users: answer.users } : { refusal: answer.errors['form'] ?? 'error.auth.forbidden' }}
      actionsFor={(user) => {
        const row = { id: user.id, name: user.name, status: user.status };
        const outcome = state.context.outcome;
        const offers = rowOffers(state.context, row);
        return (
          <UserRowActions t={t} user={user} outcomeId={outcomeId}
            confirming={state.matches('confirming') && state.context.subject?.id === user.id}
            mayResend={offers.resend} mayEditRoles={offers.editRoles} mayRemove={offers.remove}
            removeRefused={outcome?.kind === 'refused' && outcome.action === 'remove' && outcome.userId === user.id}
            removeRef={actions.removeButton(user.id)} confirmRef={actions.confirmButton}
            onEdit={() => { setInviting(false); setEditing(user); }}
            onResend={() => send({ type: 'invitation.resend', user: row })}
            onAskRemove={() => send({ type: 'remove.ask', user: row })}
            onConfirmRemove={() => send({ type: 'remove.confirm' })}
            onCancelRemove={() => actions.cancel(user.id)} />
        );
      }}>
      {sessionMay(session, 'users.invite') && !inviting && (
        <button type="button" className="sim-button" onClick={() => { setEditing(null); setInviting(true); }}>{t('invite.open')}</button>
      )}
      {inviting && <InviteUsers locale={locale} t={t} onClose={() => setInviting(false)} />}
      {/* A user removed meanwhile (here or in another tab) has no roles to edit. */}
      {editing && answer.ok && answer.users.some((user) => user.id === editing.id) && <EditRoles key={editing.id} user={editing} locale={locale} t={t} onClose={() => setEditing(null)} />}
    </ManageUsersScreen>
  );
}

/** The outcome of the last row action, as the announced line says it. */
function outcomeText(outcome: UserActionOutcome | null, t: SimTranslate): ListOutcome | null {
  if (!outcome) return null;
  if (outcome.kind === 'resent') return { kind: 'success', text: t('users.resent', { email: outcome.email }) };
  if (outcome.kind === 'removed') return { kind: 'success', text: t('users.removed', { name: outcome.name }) };
  return { kind: 'warning', text: t(outcome.error) };
}

/**
 * The row actions' machine, kept told of the session, and where focus goes (UI state): to
 * Remove's confirmation when it opens; back to the row's Remove after Cancel or a refusal; to
 * the heading once the user is gone.
 */
function useUserActions(session: SessionView | null) {
  const [state, send] = usePracticeMachine('userActions', userActionsMachine, { input: { portal: getPortal(), session } });
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The row whose Remove button takes focus once it is on the page again (after Cancel or a refusal).
  const focusRemoveOf = useRef<string | null>(null);
  const confirming = state.matches('confirming') ? state.context.subject?.id : undefined;
  const { outcome } = state.context;

  useEffect(() => {
    send({ type: 'session.changed', session });
  }, [session, send]);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (outcome?.kind === 'removed') document.getElementById(headingId)?.focus();
    else if (outcome?.kind === 'refused' && outcome.action === 'remove') focusRemoveOf.current = outcome.userId;
  }, [outcome]);
  // After every render: is the Remove button waiting for focus back on the page?
  useEffect(() => {
    const button = focusRemoveOf.current && removeButtons.current.get(focusRemoveOf.current);
    if (!button) return;
    focusRemoveOf.current = null;
    button.focus();
  });

  return {
    state,
    send,
    confirmButton,
    /** Keeps each row's Remove button, to give it focus back after Cancel or a refusal. */
    removeButton: (userId: string) => (element: HTMLButtonElement | null) => {
      if (element) removeButtons.current.set(userId, element);
      else removeButtons.current.delete(userId);
    },
    cancel: (userId: string) => {
      focusRemoveOf.current = userId;
      send({ type: 'remove.cancel' });
    },
  };
}

/** One user's roles: only the roles the machine lets the editor toggle are enabled; the editor's rule says why. */
function EditRoles({ user, locale, t, onClose }: { user: UserView; locale: Locale; t: SimTranslate; onClose: () => void }) {
  const [state, send] = usePracticeMachine('editRoles', editRolesMachine, { input: { portal: getPortal(), userId: user.id } });
  const { values, errors } = state.context;
  const busy = state.hasTag('busy');
  const focus = useFocusFirstError('roles', errors, busy);
  if (state.matches('loading')) return <p role="status">{t('sim.busy')}</p>;
  if (!state.matches('form') && !state.matches('saving')) return <Notice kind="warning">{t(errors['form'] ?? 'error.auth.forbidden')}</Notice>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    focus.arm();
    send({ type: 'form.submit' });
  };
  const choices = roleIds.map((role) => ({ role, checked: values.roles.includes(role), locked: !state.can({ type: 'role.toggle', role }) }));
  return (
    <EditRolesScreen t={t} name={user.name} choices={choices} errors={errors} busy={busy} saved={state.hasTag('done')}
      lockedReason={assignmentRuleText(assignmentRuleShownFor(state.context.session), t, locale)}
      onToggle={(role) => send({ type: 'role.toggle', role })} onSubmit={submit} onClose={onClose} />
  );
}
