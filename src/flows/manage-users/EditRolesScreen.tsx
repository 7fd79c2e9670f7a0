import type { FormEvent } from 'react';
import type { FieldErrors } from '../../domain/errors';
import type { RoleId } from '../../domain/roles';
import type { SimTranslate } from '../../i18n/sim';
import { ErrorSummary } from '../../islands/parts/ErrorSummary';
import { FieldError } from '../../islands/parts/Field';
import { FocusHeading } from '../../islands/parts/FocusHeading';
import { Notice } from '../../islands/parts/Notice';

/** One role's box, as the roles machine answers it. */
export interface RoleChoice {
  readonly role: RoleId;
  readonly checked: boolean;
  /** The editor may not give or take this role. */
  readonly locked: boolean;
}

/** What a user's roles editor shows, and what its controls tell. */
export interface EditRolesScreenProps {
  readonly t: SimTranslate;
  /** The user whose roles these are. */
  readonly name: string;
  readonly choices: readonly RoleChoice[];
  /** Why the locked boxes are locked: the editor's assignment rule, in their terms (said beside each). */
  readonly lockedReason?: string | undefined;
  readonly errors: FieldErrors;
  readonly busy: boolean;
  /** The roles were just saved. */
  readonly saved: boolean;
  readonly onToggle: (role: RoleId) => void;
  readonly onSubmit: (event: FormEvent) => void;
  readonly onClose: () => void;
}

const formId = 'roles';

const boxId = (role: RoleId, index: number) => (index === 0 ? `${formId}-roles` : `${formId}-${role}`);

/** Manage users › a user's roles: a box per role, Save and Close. */
export function EditRolesScreen({ t, name, choices, lockedReason, errors, busy, saved, onToggle, onSubmit, onClose }: EditRolesScreenProps) {
  const rolesError = errors['roles'];
  return (
    <form id={formId} className="sim-subform" noValidate onSubmit={onSubmit} aria-busy={busy}>
      <FocusHeading level={3}>{t('roles.legend', { name })}</FocusHeading>
      <ErrorSummary errors={errors} formId={formId} labels={{ roles: t('users.roles') }} t={t} />
      <fieldset className="sim-roles" aria-describedby={rolesError ? `${formId}-roles-error` : undefined}>
        <legend>{t('users.roles')}</legend>
        {choices.map(({ role, checked, locked }, index) => {
          const reasonId = `${formId}-${role}-locked`;
          const reason = locked ? lockedReason : undefined;
          return (
            <div key={role} className="sim-check">
              <input type="checkbox" id={boxId(role, index)} checked={checked} disabled={locked}
                aria-invalid={rolesError ? true : undefined} aria-describedby={reason ? reasonId : undefined}
                onChange={() => onToggle(role)} />
              <label htmlFor={boxId(role, index)}>{t(`role.${role}`)}</label>
              {reason && <p id={reasonId} className="sim-hint">{reason}</p>}
            </div>
          );
        })}
        <FieldError id={`${formId}-roles`} error={rolesError && t(rolesError)} />
      </fieldset>
      {saved && <Notice kind="success">{t('roles.saved')}</Notice>}
      <button type="submit" className="sim-button" disabled={busy}>{t('roles.save')}</button>{' '}
      <button type="button" className="sim-button sim-secondary" onClick={onClose}>{t('roles.close')}</button>
    </form>
  );
}
