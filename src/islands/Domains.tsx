import { useMachine } from '@xstate/react';
import type { FormEvent } from 'react';
import type { Locale } from '../i18n/locales';
import { formatDate } from '../i18n/sim/intl';
import type { SimTranslate } from '../i18n/sim';
import { associateDomainMachine } from '../machines/associateDomainMachine';
import { getPortal } from '../store';
import { ErrorSummary, useFocusFirstError } from './parts/ErrorSummary';
import { TextField } from './parts/Field';
import { FocusHeading } from './parts/FocusHeading';
import { errorText } from './parts/machineForm';
import { Notice } from './parts/Notice';

/** Account › Domains: the associated domains; Account administrators add and remove them. */
export function Domains({ locale, t }: { locale: Locale; t: SimTranslate }) {
  const [state, send] = useMachine(associateDomainMachine, { input: { portal: getPortal() } });
  const { values, errors, domains, change } = state.context;
  const busy = state.hasTag('busy');
  const focus = useFocusFirstError('domains', errors, busy);
  const editable = !state.matches('readOnly');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    focus.arm();
    send({ type: 'form.check' });
    send({ type: 'form.submit' });
  };
  if (state.matches('loading')) return <p role="status">{t('sim.busy')}</p>;
  if (state.hasTag('blocked')) return <Notice kind="warning">{t('portal.forbidden')}</Notice>;
  return (
    <div className="sim-screen">
      <FocusHeading>{t('domains.heading')}</FocusHeading>
      <p>{t('domains.intro')}</p>
      {state.hasTag('done') && change && <Notice kind="success">{t(change.kind === 'associated' ? 'domains.associated' : 'domains.removed', { domain: change.domain })}</Notice>}
      <h3>{t('domains.caption')}</h3>
      {domains.length === 0 ? <p>{t('domains.none')}</p> : (
        <ul className="sim-domain-list">
          {domains.map((domain) => (
            <li key={domain.name}>
              <strong>{domain.name}</strong> <span className="sim-small">{t('domains.since', { date: formatDate(domain.associatedAt, locale) })}</span>{' '}
              {state.can({ type: 'domain.remove', domain: domain.name }) && (
                <button type="button" className="sim-link-button sim-inline" onClick={() => send({ type: 'domain.remove', domain: domain.name })}>{t('domains.remove', { domain: domain.name })}</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <form id="domains" noValidate onSubmit={submit} aria-busy={busy}>
          <ErrorSummary errors={errors} formId="domains" labels={{ domain: t('domains.field') }} t={t} />
          <TextField id="domains-domain" label={t('domains.field')} hint={t('domains.hint')} value={values.domain} error={errorText(errors, 'domain', t)}
            onChange={(value) => send({ type: 'field.change', field: 'domain', value })} onBlur={() => send({ type: 'field.blur', field: 'domain' })} />
          <button type="submit" className="sim-button" disabled={busy}>{t('domains.submit')}</button>
        </form>
      ) : <p>{t('domains.readOnly')}</p>}
    </div>
  );
}
