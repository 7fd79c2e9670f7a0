import type { FieldErrors } from '../../domain/errors';
import type { RoleId } from '../../domain/roles';
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/sim/intl';
import type { SimTranslate } from '../../i18n/sim';
import type { Choice } from '../../islands/parts/choices';
import { ErrorSummary } from '../../islands/parts/ErrorSummary';
import { FieldError, SelectField, TextField } from '../../islands/parts/Field';
import { FocusHeading } from '../../islands/parts/FocusHeading';
import { errorText, onFormSubmit } from '../../islands/parts/machineForm';
import { Notice } from '../../islands/parts/Notice';

/** One person to invite, as typed. */
export interface InviteRow {
  readonly email: string;
  readonly name: string;
  readonly preferredLanguage: string;
  readonly country: string;
  readonly roles: readonly RoleId[];
}
export type InviteRowField = 'email' | 'name' | 'preferredLanguage' | 'country';
/** Invite (`invite.submit`) or Invite another user (`invite.another`). */
export type InviteSubmit = 'invite.submit' | 'invite.another';

export interface InviteUsersScreenProps {
  readonly t: SimTranslate;
  readonly locale: Locale;
  readonly rows: readonly InviteRow[];
  readonly errors: FieldErrors;
  /** The roles this inviter may assign (the machine's `roleOptions`). */
  readonly roleOptions: readonly RoleId[];
  /** Which roles this inviter may assign and why: their assignment rule, said beside each row's Roles. */
  readonly rolesHint?: string | undefined;
  readonly countries: readonly Choice[];
  readonly languages: readonly Choice[];
  readonly busy?: boolean;
  /** Whether a row may be added, or that row removed (the machine says). */
  readonly canAddRow?: boolean;
  readonly canRemoveRow?: (row: number) => boolean;
  /** Who was invited, as one sentence's list: shown instead of the form. */
  readonly invited?: string | undefined;
  readonly onChange?: (row: number, field: InviteRowField, value: string) => void;
  readonly onBlur?: (row: number, field: InviteRowField) => void;
  readonly onToggleRole?: (row: number, role: RoleId) => void;
  readonly onAddRow?: () => void;
  readonly onRemoveRow?: (row: number) => void;
  readonly onSubmit?: (type: InviteSubmit) => void;
  readonly onRestart?: () => void;
  readonly onClose?: () => void;
}

const rowFieldKeys = [['email', 'invite.email'], ['name', 'invite.name'], ['preferredLanguage', 'invite.language'], ['country', 'invite.country'], ['roles', 'invite.roles']] as const;

/** Manage users › Invite users: a row per person, each with the roles this inviter may assign. */
export function InviteUsersScreen(props: InviteUsersScreenProps) {
  const { t, locale, rows, errors, roleOptions, rolesHint, countries, languages, busy = false, canAddRow = false, canRemoveRow = () => false, invited } = props;
  const { onChange, onBlur, onToggleRole, onAddRow, onRemoveRow, onSubmit, onRestart, onClose } = props;
  if (invited !== undefined) {
    return (
      <div className="sim-subform">
        <FocusHeading level={3}>{t('invite.heading')}</FocusHeading>
        <Notice kind="success">{t('invite.done', { names: invited })}</Notice>
        <button type="button" className="sim-button" onClick={onRestart}>{t('invite.again')}</button>{' '}
        <button type="button" className="sim-button sim-secondary" onClick={onClose}>{t('invite.close')}</button>
      </div>
    );
  }
  const labels: Record<string, string> = {};
  rows.forEach((_row, index) => {
    const prefix = `${t('invite.row', { number: formatNumber(index + 1, locale) })}, `;
    for (const [field, key] of rowFieldKeys) labels[`rows.${index}.${field}`] = prefix + t(key);
  });

  return (
    <form id="invite" className="sim-subform" noValidate onSubmit={onFormSubmit(() => onSubmit?.('invite.submit'))} aria-busy={busy}>
      <FocusHeading level={3}>{t('invite.heading')}</FocusHeading>
      <ErrorSummary errors={errors} formId="invite" labels={labels} t={t} />
      {rows.map((row, index) => {
        const id = (field: string) => `invite-rows-${index}-${field}`;
        const path = (field: string) => `rows.${index}.${field}`;
        const change = (field: InviteRowField) => (value: string) => onChange?.(index, field, value);
        const blur = (field: InviteRowField) => () => onBlur?.(index, field);
        const rolesError = errorText(errors, path('roles'), t);
        const rolesDescription = [rolesHint ? `${id('roles')}-hint` : '', rolesError ? `${id('roles')}-error` : ''].filter(Boolean).join(' ');
        const number = formatNumber(index + 1, locale);
        return (
          <fieldset key={index} className="sim-invite-row">
            <legend>{t('invite.row', { number })}</legend>
            <TextField id={id('email')} label={t('invite.email')} type="email" value={row.email} error={errorText(errors, path('email'), t)} onChange={change('email')} onBlur={blur('email')} />
            <TextField id={id('name')} label={t('invite.name')} value={row.name} error={errorText(errors, path('name'), t)} onChange={change('name')} onBlur={blur('name')} />
            <SelectField id={id('preferredLanguage')} label={t('invite.language')} hint={t('invite.languageHint')} value={row.preferredLanguage} options={languages}
              placeholder={t('form.choose')} error={errorText(errors, path('preferredLanguage'), t)} onChange={change('preferredLanguage')} onBlur={blur('preferredLanguage')} />
            <SelectField id={id('country')} label={t('invite.country')} value={row.country} options={countries} placeholder={t('form.choose')}
              error={errorText(errors, path('country'), t)} onChange={change('country')} onBlur={blur('country')} />
            <fieldset className="sim-roles" aria-describedby={rolesDescription || undefined}>
              <legend>{t('invite.roles')}</legend>
              {rolesHint && <p className="sim-hint" id={`${id('roles')}-hint`}>{rolesHint}</p>}
              {roleOptions.map((role, roleIndex) => {
                const boxId = roleIndex === 0 ? id('roles') : `${id('roles')}-${role}`;
                return (
                  <div key={role} className="sim-check">
                    <input type="checkbox" id={boxId} name={boxId} checked={row.roles.includes(role)} aria-invalid={rolesError ? true : undefined}
                      onChange={() => onToggleRole?.(index, role)} />
                    <label htmlFor={boxId}>{t(`role.${role}`)}</label>
                  </div>
                );
              })}
              <FieldError id={id('roles')} error={rolesError} />
            </fieldset>
            {canRemoveRow(index) && (
              <button type="button" className="sim-button sim-secondary" onClick={() => onRemoveRow?.(index)}>{t('invite.removeRow', { number })}</button>
            )}
          </fieldset>
        );
      })}
      <div className="sim-control-row">
        {canAddRow && <button type="button" className="sim-button sim-secondary" onClick={onAddRow}>{t('invite.addRow')}</button>}
        <button type="submit" className="sim-button" disabled={busy}>{t('invite.submit')}</button>
        <button type="button" className="sim-button" disabled={busy} onClick={() => onSubmit?.('invite.another')}>{t('invite.another')}</button>
        <button type="button" className="sim-button sim-secondary" onClick={onClose}>{t('invite.close')}</button>
      </div>
    </form>
  );
}
