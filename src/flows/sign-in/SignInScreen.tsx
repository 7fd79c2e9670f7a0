import type { FormEvent } from 'react';
import type { FieldErrors } from '../../domain/errors';
import type { SimTranslate } from '../../i18n/sim';
import { ErrorSummary } from '../../islands/parts/ErrorSummary';
import { TextField } from '../../islands/parts/Field';
import { FocusHeading } from '../../islands/parts/FocusHeading';
import { errorText } from '../../islands/parts/machineForm';
import { RouteLink } from '../../islands/parts/navigation';

/** The sign-in form's fields. */
export type SignInField = 'email' | 'password';

/** What the sign-in page shows, and what it tells when the learner acts. */
export interface SignInScreenProps {
  readonly t: SimTranslate;
  /** Keeps ids unique when two guide panels on one page both ask to sign in. */
  readonly formId: string;
  readonly values: Readonly<Record<SignInField, string>>;
  /** Dictionary keys by field (`form` for the store's refusal). */
  readonly errors: FieldErrors;
  readonly busy: boolean;
  readonly onChange: (field: SignInField, value: string) => void;
  readonly onBlur: (field: SignInField) => void;
  readonly onSubmit: (event: FormEvent) => void;
}

/** The Business Center sign-in page: a work account, its password, and "Didn't receive an invitation email?". */
export function SignInScreen({ t, formId, values, errors, busy, onChange, onBlur, onSubmit }: SignInScreenProps) {
  const labels = { email: t('signIn.email'), password: t('signIn.password') };
  return (
    <div className="sim-screen">
      <FocusHeading>{t('signIn.heading')}</FocusHeading>
      <form id={formId} noValidate onSubmit={onSubmit} aria-busy={busy}>
        <ErrorSummary errors={errors} formId={formId} labels={labels} t={t} />
        <TextField id={`${formId}-email`} label={labels.email} type="email" autoComplete="username" value={values.email} error={errorText(errors, 'email', t)}
          onChange={(value) => onChange('email', value)} onBlur={() => onBlur('email')} />
        <TextField id={`${formId}-password`} label={labels.password} type="password" autoComplete="current-password" value={values.password}
          error={errorText(errors, 'password', t)} onChange={(value) => onChange('password', value)} onBlur={() => onBlur('password')} />
        <button type="submit" className="sim-button" disabled={busy}>{t('signIn.submit')}</button>
      </form>
      <p className="sim-below-form">
        <RouteLink to="resend">{t('signIn.resend')}</RouteLink>
        <span className="sim-small"> {t('signIn.resendHint')}</span>
      </p>
    </div>
  );
}
