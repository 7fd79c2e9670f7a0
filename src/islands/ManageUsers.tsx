import { useMachine } from '@xstate/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { roleIds } from '../domain/roles';
import type { Locale } from '../i18n/locales';
import { formatList } from '../i18n/sim/intl';
import type { SimTranslate } from '../i18n/sim';
import { editRolesMachine } from '../machines/editRolesMachine';
import { getPortal, type SessionView, type UserView } from '../store';
import { ErrorSummary, useFocusFirstError } from './parts/ErrorSummary';
import { FieldError } from './parts/Field';
import { FocusHeading } from './parts/FocusHeading';
import { usePortalData } from './parts/hooks';
import { Notice } from './parts/Notice';
import { InviteUsers } from './InviteUsers';

/** Account › Manage access › Manage users: the list, a user's roles (editRolesMachine), resending and removing. */
export function ManageUsers({ locale, t }: { locale: Locale; t: SimTranslate }) {
  const answer = usePortalData((portal) => portal.listUsers());
  const [editing, setEditing] = useState<UserView | null>(null);
  const [inviting, setInviting] = useState(false);
  const session = usePortalData((portal) => portal.getSession());
  const actions = useUserActions(t, (user) => {
    if (editing?.id === user.id) setEditing(null);
  });
  if (!answer) return <p role="status">{t('sim.loading')}</p>;
  return (
    <div className="sim-screen">
      <FocusHeading id={usersHeadingId}>{t('users.heading')}</FocusHeading>
      <div aria-live="polite" className="sim-live" id="users-outcome">
        {actions.outcome && <Notice kind={actions.outcome.kind}>{actions.outcome.text}</Notice>}
      </div>
      {!answer.ok ? <Notice kind="warning">{t(answer.errors['form'] ?? 'error.auth.forbidden')}</Notice> : (
        <div className="sim-table-wrap">
          <table>
            <caption>{t('users.caption')}</caption>
            <thead><tr><th scope="col">{t('users.name')}</th><th scope="col">{t('users.email')}</th><th scope="col">{t('users.roles')}</th><th scope="col">{t('users.status')}</th><th scope="col">{t('users.actions')}</th></tr></thead>
            <tbody>
              {answer.users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.name}</th>
                  <td>{user.email}</td>
                  <td>{formatList(user.roles.map((role) => t(`role.${role}`)), locale)}</td>
                  <td>{t(`users.status.${user.status}`)}</td>
                  <td>
                    <UserActions user={user} session={session ?? null} actions={actions} t={t}
                      onEdit={() => { setInviting(false); setEditing(user); }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {session?.permissions.includes('users.invite') && !inviting && (
        <button type="button" className="sim-button" onClick={() => { setEditing(null); setInviting(true); }}>{t('invite.open')}</button>
      )}
      {inviting && <InviteUsers locale={locale} t={t} onClose={() => setInviting(false)} />}
      {editing && <EditRoles key={editing.id} user={editing} t={t} onClose={() => setEditing(null)} />}
    </div>
  );
}

const usersHeadingId = 'users-heading';

/** What the last Resend or Remove came to; `refused` is the user whose Remove was refused. */
interface Outcome {
  readonly kind: 'success' | 'warning';
  readonly text: string;
  readonly refused?: string;
}

type UserActionsApi = ReturnType<typeof useUserActions>;

/**
 * Resend invitation and Remove user call the store directly through this hook, not through a
 * machine: each is one call whose only state is the answer (and which row asks "Remove?").
 * editRolesMachine is one user's roles form and does not fit. The store decides who may do
 * what: a refusal comes back as a dictionary key and is shown as it is.
 */
function useUserActions(t: SimTranslate, onRemoved: (user: UserView) => void) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [focusAfter, setFocusAfter] = useState<{ readonly userId?: string; readonly heading?: true } | null>(null);
  const busy = useRef(false);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (!focusAfter) return;
    if (focusAfter.userId) removeButtons.current.get(focusAfter.userId)?.focus();
    else document.getElementById(usersHeadingId)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const once = async (call: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await call();
    } finally {
      busy.current = false;
    }
  };
  return {
    outcome,
    confirming,
    confirmButton,
    /** Keeps each row's Remove button, to give it focus back after Cancel or a refusal. */
    removeButton: (userId: string) => (element: HTMLButtonElement | null) => {
      if (element) removeButtons.current.set(userId, element);
      else removeButtons.current.delete(userId);
    },
    resend: (user: UserView) => once(async () => {
      const result = await getPortal().resendUserInvitation({ userId: user.id });
      setOutcome(result.ok
        ? { kind: 'success', text: t('users.resent', { email: result.user.email }) }
        : { kind: 'warning', text: t(result.errors['form'] ?? 'error.input.invalid') });
    }),
    askRemove: (user: UserView) => {
      setOutcome(null);
      setConfirming(user.id);
    },
    cancelRemove: (user: UserView) => {
      setConfirming(null);
      setFocusAfter({ userId: user.id });
    },
    remove: (user: UserView) => once(async () => {
      const result = await getPortal().removeUser({ userId: user.id });
      setConfirming(null);
      if (result.ok) {
        setOutcome({ kind: 'success', text: t('users.removed', { name: user.name }) });
        setFocusAfter({ heading: true });
        onRemoved(user);
      } else {
        setOutcome({ kind: 'warning', text: t(result.errors['form'] ?? 'error.input.invalid'), refused: user.id });
        setFocusAfter({ userId: user.id });
      }
    }),
  };
}

/**
 * A row's actions. Resend is offered to invited users when the session may invite, Remove when
 * it may manage users (`session.permissions`); whom exactly is the store's call.
 */
function UserActions({ user, session, actions, t, onEdit }: { user: UserView; session: SessionView | null; actions: UserActionsApi; t: SimTranslate; onEdit: () => void }) {
  const questionId = useId();
  const may = (permission: 'users.invite' | 'users.manage') => session?.permissions.includes(permission) ?? false;
  if (actions.confirming === user.id) {
    return (
      <div className="sim-confirm sim-user-confirm" role="group" aria-labelledby={questionId}>
        <p id={questionId}>{t('users.removeQuestion', { name: user.name })}</p>
        <button ref={actions.confirmButton} type="button" className="sim-button" onClick={() => void actions.remove(user)}>{t('users.removeConfirm')}</button>
        <button type="button" className="sim-button sim-secondary" onClick={() => actions.cancelRemove(user)}>{t('users.removeCancel')}</button>
      </div>
    );
  }
  const refused = actions.outcome?.refused === user.id;
  return (
    <div className="sim-user-actions">
      <button type="button" className="sim-link-button" onClick={onEdit}>{t('users.edit', { name: user.name })}</button>
      {user.status === 'invited' && may('users.invite') && (
        <button type="button" className="sim-link-button" aria-label={t('users.resendFor', { name: user.name })} onClick={() => void actions.resend(user)}>{t('users.resend')}</button>
      )}
      {may('users.manage') && (
        <button ref={actions.removeButton(user.id)} type="button" className="sim-link-button" aria-label={t('users.removeFor', { name: user.name })}
          aria-describedby={refused ? 'users-outcome' : undefined} onClick={() => actions.askRemove(user)}>{t('users.remove')}</button>
      )}
    </div>
  );
}

/** One user's roles: only the roles the machine lets the editor toggle are enabled. */
function EditRoles({ user, t, onClose }: { user: UserView; t: SimTranslate; onClose: () => void }) {
  const [state, send] = useMachine(editRolesMachine, { input: { portal: getPortal(), userId: user.id } });
  const { values, errors } = state.context;
  const focus = useFocusFirstError('roles', errors, state.hasTag('busy'));
  if (state.matches('loading')) return <p role="status">{t('sim.busy')}</p>;
  if (!state.matches('form') && !state.matches('saving')) return <Notice kind="warning">{t(errors['form'] ?? 'error.auth.forbidden')}</Notice>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    focus.arm();
    send({ type: 'form.submit' });
  };
  const rolesError = errors['roles'];
  return (
    <form id="roles" className="sim-subform" noValidate onSubmit={submit} aria-busy={state.hasTag('busy')}>
      <FocusHeading level={3}>{t('roles.legend', { name: user.name })}</FocusHeading>
      <ErrorSummary errors={errors} formId="roles" labels={{ roles: t('users.roles') }} t={t} />
      <fieldset className="sim-roles" aria-describedby={rolesError ? 'roles-roles-error' : undefined}>
        <legend>{t('users.roles')}</legend>
        {roleIds.map((role) => {
          const locked = !state.can({ type: 'role.toggle', role });
          return (
            <div key={role} className="sim-check">
              <input type="checkbox" id={role === roleIds[0] ? 'roles-roles' : `roles-${role}`} checked={values.roles.includes(role)} disabled={locked}
                aria-invalid={rolesError ? true : undefined} aria-describedby={locked ? 'roles-locked' : undefined}
                onChange={() => send({ type: 'role.toggle', role })} />
              <label htmlFor={role === roleIds[0] ? 'roles-roles' : `roles-${role}`}>{t(`role.${role}`)}</label>
            </div>
          );
        })}
        <p id="roles-locked" className="sim-hint">{t('roles.locked')}</p>
        <FieldError id="roles-roles" error={rolesError && t(rolesError)} />
      </fieldset>
      {state.hasTag('done') && <Notice kind="success">{t('roles.saved')}</Notice>}
      <button type="submit" className="sim-button" disabled={state.hasTag('busy')}>{t('roles.save')}</button>{' '}
      <button type="button" className="sim-button sim-secondary" onClick={onClose}>{t('roles.close')}</button>
    </form>
  );
}
