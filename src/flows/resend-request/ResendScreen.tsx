import type { FieldErrors } from '../../domain/errors';
import type { SimKey, SimTranslate } from '../../i18n/sim';
import { ErrorSummary } from '../../islands/parts/ErrorSummary';
import { TextField } from '../../islands/parts/Field';
import { FocusHeading } from '../../islands/parts/FocusHeading';
import { errorText, onFormSubmit } from '../../islands/parts/machineForm';
import { Notice } from '../../islands/parts/Notice';
import { RouteLink } from '../../islands/parts/navigation';

/** The three fields of the resend request, in the order the portal shows them. */
export const resendFields = ['email', 'agreementNumber', 'purchasingAccountNumber'] as const;
export type ResendField = (typeof resendFields)[number];

export interface ResendScreenProps {
  readonly t: SimTranslate;
  readonly values: Readonly<Record<ResendField, string>>;
  readonly errors: FieldErrors;
  readonly busy?: boolean;
  /** The store's neutral answer once the request went out: shown instead of the form, as information (not a success: nobody is told whether anything was sent). */
  readonly sent?: SimKey | null | undefined;
  readonly onChange?: (field: ResendField, value: string) => void;
  readonly onBlur?: (field: ResendField) => void;
  readonly onSubmit?: () => void;
}

/**
 * "Didn't receive an invitation email?": the address, agreement and purchasing account numbers,
 * then the store's answer, which says the same whether or not the details matched.
 */
export function ResendScreen({ t, values, errors, busy = false, sent, onChange, onBlur, onSubmit }: ResendScreenProps) {
  if (sent) {
    return (
      <div className="sim-screen">
        <FocusHeading>{t('resend.doneHeading')}</FocusHeading>
        <Notice>{t(sent)}</Notice>
        <p><RouteLink to="">{t('resend.back')}</RouteLink></p>
      </div>
    );
  }
  const labels = { email: t('resend.email'), agreementNumber: t('resend.agreementNumber'), purchasingAccountNumber: t('resend.purchasingAccountNumber') };
  return (
    <div className="sim-screen">
      <FocusHeading>{t('resend.heading')}</FocusHeading>
      <p>{t('resend.intro')}</p>
      <form id="resend" noValidate onSubmit={onFormSubmit(onSubmit)} aria-busy={busy}>
        <ErrorSummary errors={errors} formId="resend" labels={labels} t={t} />
        {resendFields.map((field) => (
          <TextField key={field} id={`resend-${field}`} label={labels[field]} type={field === 'email' ? 'email' : 'text'}
            value={values[field]} error={errorText(errors, field, t)}
            onChange={(value) => onChange?.(field, value)} onBlur={() => onBlur?.(field)} />
        ))}
        <button type="submit" className="sim-button" disabled={busy}>{t('resend.submit')}</button>
      </form>
      <p><RouteLink to="">{t('resend.back')}</RouteLink></p>
    </div>
  );
}
