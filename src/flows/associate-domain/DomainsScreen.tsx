import type { FieldErrors } from '../../domain/errors';
import type { Locale } from '../../i18n/locales';
import { formatDate } from '../../i18n/sim/intl';
import type { SimTranslate } from '../../i18n/sim';
import type { DomainView } from '../../store/viewTypes';
import { ErrorSummary } from '../../islands/parts/ErrorSummary';
import { TextField } from '../../islands/parts/Field';
import { FocusHeading } from '../../islands/parts/FocusHeading';
import { errorText, onFormSubmit } from '../../islands/parts/machineForm';
import { Notice } from '../../islands/parts/Notice';

export interface DomainsScreenProps {
  readonly t: SimTranslate;
  readonly locale: Locale;
  readonly domains: readonly DomainView[];
  /** The domain typed in the field. */
  readonly domain: string;
  readonly errors: FieldErrors;
  readonly busy?: boolean;
  /** Whether this user may associate domains (the field and its button show). */
  readonly editable: boolean;
  /** Whether that domain may be removed now (the machine says). */
  readonly canRemove?: (domain: string) => boolean;
  /** The change just made, confirmed above the list. */
  readonly change?: { readonly kind: 'associated' | 'removed'; readonly domain: string } | null | undefined;
  readonly onChange?: (value: string) => void;
  readonly onBlur?: () => void;
  readonly onSubmit?: () => void;
  readonly onRemove?: (domain: string) => void;
}

/** Account › Domains: the associated domains, and the field an Account administrator adds one with. */
export function DomainsScreen({ t, locale, domains, domain, errors, busy = false, editable, canRemove = () => false, change, onChange, onBlur, onSubmit, onRemove }: DomainsScreenProps) {
  return (
    <div className="sim-screen">
      <FocusHeading>{t('domains.heading')}</FocusHeading>
      <p>{t('domains.intro')}</p>
      {change && <Notice kind="success">{t(change.kind === 'associated' ? 'domains.associated' : 'domains.removed', { domain: change.domain })}</Notice>}
      <h3>{t('domains.caption')}</h3>
      {domains.length === 0 ? <p>{t('domains.none')}</p> : (
        <ul className="sim-domain-list">
          {domains.map(({ name, associatedAt }) => (
            <li key={name}>
              <strong>{name}</strong> <span className="sim-small">{t('domains.since', { date: formatDate(associatedAt, locale) })}</span>{' '}
              {canRemove(name) && (
                <button type="button" className="sim-link-button sim-inline" onClick={() => onRemove?.(name)}>{t('domains.remove', { domain: name })}</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <form id="domains" noValidate onSubmit={onFormSubmit(onSubmit)} aria-busy={busy}>
          <ErrorSummary errors={errors} formId="domains" labels={{ domain: t('domains.field') }} t={t} />
          <TextField id="domains-domain" label={t('domains.field')} hint={t('domains.hint')} value={domain} error={errorText(errors, 'domain', t)}
            onChange={(value) => onChange?.(value)} onBlur={() => onBlur?.()} />
          <button type="submit" className="sim-button" disabled={busy}>{t('domains.submit')}</button>
        </form>
      ) : <p>{t('domains.readOnly')}</p>}
    </div>
  );
}
