import { useState, type FormEvent } from 'react';
import type { FieldErrors } from '../domain/errors';
import type { SimTranslate } from '../i18n/sim';
import { getPortal } from '../store';
import { ErrorSummary, useFocusFirstError } from './parts/ErrorSummary';
import { TextField } from './parts/Field';
import { FocusHeading } from './parts/FocusHeading';
import { RouteLink } from './parts/navigation';

/**
 * The Business Center sign-in page. The store decides who may sign in and answers why not
 * (not invited, invitation pending or expired, wrong password); this view only shows it.
 * (No sign-in machine existed yet when this was written: the store's answer is the whole flow.)
 * `formId` keeps ids unique when two guide panels on one page both ask to sign in.
 */
export function SignIn({ t, formId = 'signin' }: { t: SimTranslate; formId?: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const focus = useFocusFirstError(formId, errors, busy);
  const labels = { email: t('signIn.email'), password: t('signIn.password') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    focus.arm();
    setBusy(true);
    const result = await getPortal().signIn({ email, password });
    setBusy(false);
    if (!result.ok) setErrors(result.errors);
  };
  const error = (field: string) => {
    const key = errors[field];
    return key ? t(key) : undefined;
  };

  return (
    <div className="sim-screen">
      <FocusHeading>{t('signIn.heading')}</FocusHeading>
      <form id={formId} noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <ErrorSummary errors={errors} formId={formId} labels={labels} t={t} />
        <TextField id={`${formId}-email`} label={labels.email} type="email" autoComplete="username" value={email} error={error('email')}
          onChange={(value) => { setEmail(value); setErrors(({ email: _e, form: _f, ...rest }) => rest); }} />
        <TextField id={`${formId}-password`} label={labels.password} type="password" autoComplete="current-password" value={password} error={error('password')}
          onChange={(value) => { setPassword(value); setErrors(({ password: _p, form: _f, ...rest }) => rest); }} />
        <button type="submit" className="sim-button" disabled={busy}>{t('signIn.submit')}</button>
      </form>
      <p className="sim-below-form">
        <RouteLink to="resend">{t('signIn.resend')}</RouteLink>
        <span className="sim-small"> {t('signIn.resendHint')}</span>
      </p>
    </div>
  );
}
