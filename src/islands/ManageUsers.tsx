import { useMachine } from '@xstate/react';
import { useState, type FormEvent } from 'react';
import { roleIds } from '../domain/roles';
import type { Locale } from '../i18n/locales';
import { formatList } from '../i18n/sim/intl';
import type { SimTranslate } from '../i18n/sim';
import { editRolesMachine } from '../machines/editRolesMachine';
import { getPortal, type UserView } from '../store';
import { ErrorSummary, useFocusFirstError } from './parts/ErrorSummary';
import { FieldError } from './parts/Field';
import { FocusHeading } from './parts/FocusHeading';
import { usePortalData } from './parts/hooks';
import { Notice } from './parts/Notice';
import { InviteUsers } from './InviteUsers';

/** Account › Manage access › Manage users: the list, and a user's roles (editRolesMachine). */
export function ManageUsers({ locale, t }: { locale: Locale; t: SimTranslate }) {
  const answer = usePortalData((portal) => portal.listUsers());
  const [editing, setEditing] = useState<UserView | null>(null);
  const [inviting, setInviting] = useState(false);
  const session = usePortalData((portal) => portal.getSession());
  if (!answer) return <p role="status">{t('sim.loading')}</p>;
  return (
    <div className="sim-screen">
      <FocusHeading>{t('users.heading')}</FocusHeading>
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
                  <td><button type="button" className="sim-link-button" onClick={() => { setInviting(false); setEditing(user); }}>{t('users.edit', { name: user.name })}</button></td>
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
