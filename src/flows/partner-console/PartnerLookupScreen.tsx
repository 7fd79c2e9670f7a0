import type { FormEvent } from 'react';
import type { FieldErrors } from '../../domain/errors';
import type { SimTranslate } from '../../i18n/sim';
import { ErrorSummary } from '../../islands/parts/ErrorSummary';
import { TextField } from '../../islands/parts/Field';
import { errorText } from '../../islands/parts/machineForm';

/** What the partner center's first form shows, and what it tells. */
export interface PartnerLookupScreenProps {
  readonly t: SimTranslate;
  readonly agreementNumber: string;
  readonly errors: FieldErrors;
  readonly busy: boolean;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
  readonly onSubmit: (event: FormEvent) => void;
}

/** The partner center: find the customer's agreement by its number. */
export function PartnerLookupScreen({ t, agreementNumber, errors, busy, onChange, onBlur, onSubmit }: PartnerLookupScreenProps) {
  const label = t('partner.agreementNumber');
  return (
    <>
      <h2>{t('partner.heading')}</h2>
      <p>{t('partner.intro')}</p>
      <form id="partner" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <ErrorSummary errors={errors} formId="partner" labels={{ agreementNumber: label }} t={t} />
        <TextField id="partner-agreementNumber" label={label} value={agreementNumber} error={errorText(errors, 'agreementNumber', t)} onChange={onChange} onBlur={onBlur} />
        <button type="submit" className="sim-button" disabled={busy}>{t('partner.find')}</button>
      </form>
    </>
  );
}
