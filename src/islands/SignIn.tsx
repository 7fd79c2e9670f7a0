import { useState, type FormEvent } from 'react';
import type { FieldErrors } from '../domain/errors';
import type { SimTranslate } from '../i18n/sim';
import { getPortal } from '../store';
import { ErrorSummary, useFocusFirstError } from './parts/ErrorSummary';
import { TextField } from './parts/Field';
import { FocusHeading } from './parts/FocusHeading';

/**
 * The Business Center sign-in page. The store decides who may sign in and answers why not
 * (not invited, invitation pending or expired, wrong password); this view only shows it.
 * (No sign-in machine existed yet when this was written: the store's answer is the whole flow.)
 */
export function SignIn({ t }: { t: SimTranslate }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const focus = useFocusFirstError('signin', errors, busy);
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
      <form id="signin" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <ErrorSummary errors={errors} formId="signin" labels={labels} t={t} />
        <TextField id="signin-email" label={labels.email} type="email" autoComplete="username" value={email} error={error('email')}
          onChange={(value) => { setEmail(value); setErrors(({ email: _e, form: _f, ...rest }) => rest); }} />
        <TextField id="signin-password" label={labels.password} type="password" autoComplete="current-password" value={password} error={error('password')}
          onChange={(value) => { setPassword(value); setErrors(({ password: _p, form: _f, ...rest }) => rest); }} />
        <button type="submit" className="sim-button" disabled={busy}>{t('signIn.submit')}</button>
      </form>
      <p className="sim-below-form">
        <a href="#/resend">{t('signIn.resend')}</a>
        <span className="sim-small"> {t('signIn.resendHint')}</span>
      </p>
    </div>
  );
}
