import { useMachine } from '@xstate/react';
import { useMemo, type FormEvent } from 'react';
import { countryOptions } from '../domain/countries';
import { languageIds } from '../domain/languages';
import { langOf, localeInfo, type Locale } from '../i18n/locales';
import { formatList, formatNumber } from '../i18n/sim/intl';
import type { SimTranslate } from '../i18n/sim';
import { inviteUsersMachine } from '../machines/inviteUsersMachine';
import { getPortal } from '../store';
import { ErrorSummary, useFocusFirstError } from './parts/ErrorSummary';
import { FieldError, SelectField, TextField } from './parts/Field';
import { FocusHeading } from './parts/FocusHeading';
import { errorText } from './parts/machineForm';
import { Notice } from './parts/Notice';

/** Manage users › Invite users: rows of people; the roles offered are the machine's `roleOptions`. */
export function InviteUsers({ locale, t, onClose }: { locale: Locale; t: SimTranslate; onClose: () => void }) {
  const [state, send] = useMachine(inviteUsersMachine, { input: { portal: getPortal() } });
  const { values, errors, roleOptions, invited } = state.context;
  const focus = useFocusFirstError('invite', errors, state.hasTag('busy'));
  const countries = useMemo(() => countryOptions(langOf(locale)).map(({ code, name }) => ({ value: code, label: name })), [locale]);
  const languages = languageIds.map((id) => ({ value: id, label: localeInfo[id].label }));

  if (state.matches('loading')) return <p role="status">{t('sim.busy')}</p>;
  if (state.hasTag('done')) {
    return (
      <div className="sim-subform">
        <FocusHeading level={3}>{t('invite.heading')}</FocusHeading>
        <Notice kind="success">{t('invite.done', { names: formatList(invited.map((user) => user.email), locale) })}</Notice>
        <button type="button" className="sim-button" onClick={() => send({ type: 'invite.restart' })}>{t('invite.again')}</button>{' '}
        <button type="button" className="sim-button sim-secondary" onClick={onClose}>{t('invite.close')}</button>
      </div>
    );
  }
  if (!state.matches('form') && !state.matches('submitting')) return <Notice kind="warning">{t(errors['form'] ?? 'error.auth.forbidden')}</Notice>;

  const labels: Record<string, string> = {};
  values.rows.forEach((_row, index) => {
    const prefix = `${t('invite.row', { number: formatNumber(index + 1, locale) })}, `;
    for (const [field, key] of [['email', 'invite.email'], ['name', 'invite.name'], ['preferredLanguage', 'invite.language'], ['country', 'invite.country'], ['roles', 'invite.roles']] as const) {
      labels[`rows.${index}.${field}`] = prefix + t(key);
    }
  });
  const submit = (type: 'invite.submit' | 'invite.another') => (event?: FormEvent) => {
    event?.preventDefault();
    focus.arm();
    send({ type: 'form.check' });
    send({ type });
  };

  return (
    <form id="invite" className="sim-subform" noValidate onSubmit={submit('invite.submit')} aria-busy={state.hasTag('busy')}>
      <FocusHeading level={3}>{t('invite.heading')}</FocusHeading>
      <ErrorSummary errors={errors} formId="invite" labels={labels} t={t} />
      {values.rows.map((row, index) => {
        const id = (field: string) => `invite-rows-${index}-${field}`;
        const path = (field: string) => `rows.${index}.${field}`;
        const change = (field: string) => (value: unknown) => send({ type: 'field.change', row: index, field, value });
        const blur = (field: string) => () => send({ type: 'field.blur', row: index, field });
        const rolesError = errorText(errors, path('roles'), t);
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
            <fieldset className="sim-roles" aria-describedby={rolesError ? `${id('roles')}-error` : undefined}>
              <legend>{t('invite.roles')}</legend>
              {roleOptions.map((role, roleIndex) => {
                const boxId = roleIndex === 0 ? id('roles') : `${id('roles')}-${role}`;
                return (
                  <div key={role} className="sim-check">
                    <input type="checkbox" id={boxId} checked={row.roles.includes(role)} aria-invalid={rolesError ? true : undefined}
                      onChange={() => send({ type: 'role.toggle', row: index, role })} />
                    <label htmlFor={boxId}>{t(`role.${role}`)}</label>
                  </div>
                );
              })}
              <FieldError id={id('roles')} error={rolesError} />
            </fieldset>
            {state.can({ type: 'row.remove', row: index }) && (
              <button type="button" className="sim-button sim-secondary" onClick={() => send({ type: 'row.remove', row: index })}>{t('invite.removeRow', { number })}</button>
            )}
          </fieldset>
        );
      })}
      <div className="sim-control-row">
        {state.can({ type: 'row.add' }) && <button type="button" className="sim-button sim-secondary" onClick={() => send({ type: 'row.add' })}>{t('invite.addRow')}</button>}
        <button type="submit" className="sim-button" disabled={state.hasTag('busy')}>{t('invite.submit')}</button>
        <button type="button" className="sim-button" disabled={state.hasTag('busy')} onClick={() => submit('invite.another')()}>{t('invite.another')}</button>
        <button type="button" className="sim-button sim-secondary" onClick={onClose}>{t('invite.close')}</button>
      </div>
    </form>
  );
}
