import { useMachine } from '@xstate/react';
import type { FormEvent } from 'react';
import type { SimTranslate } from '../i18n/sim';
import { resendRequestMachine } from '../machines/resendRequestMachine';
import { getPortal } from '../store';
import { ErrorSummary, useFocusFirstError } from './parts/ErrorSummary';
import { TextField } from './parts/Field';
import { FocusHeading } from './parts/FocusHeading';
import { errorText } from './parts/machineForm';
import { Notice } from './parts/Notice';
import { RouteLink } from './parts/navigation';

const fields = ['email', 'agreementNumber', 'purchasingAccountNumber'] as const;

/** "Didn't receive an invitation email?": the three fields, and the store's neutral answer. */
export function ResendRequest({ t }: { t: SimTranslate }) {
  const [state, send] = useMachine(resendRequestMachine, { input: { portal: getPortal() } });
  const { values, errors, notice } = state.context;
  const focus = useFocusFirstError('resend', errors, state.hasTag('busy'));
  const labels = { email: t('resend.email'), agreementNumber: t('resend.agreementNumber'), purchasingAccountNumber: t('resend.purchasingAccountNumber') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    focus.arm();
    send({ type: 'form.check' });
    send({ type: 'form.submit' });
  };

  if (state.hasTag('done') && notice) {
    return (
      <div className="sim-screen">
        <FocusHeading>{t('resend.doneHeading')}</FocusHeading>
        <Notice kind="success">{t(notice)}</Notice>
        <p><RouteLink to="">{t('resend.back')}</RouteLink></p>
      </div>
    );
  }
  return (
    <div className="sim-screen">
      <FocusHeading>{t('resend.heading')}</FocusHeading>
      <p>{t('resend.intro')}</p>
      <form id="resend" noValidate onSubmit={submit} aria-busy={state.hasTag('busy')}>
        <ErrorSummary errors={errors} formId="resend" labels={labels} t={t} />
        {fields.map((field) => (
          <TextField key={field} id={`resend-${field}`} label={labels[field]} type={field === 'email' ? 'email' : 'text'}
            value={values[field]} error={errorText(errors, field, t)}
            onChange={(value) => send({ type: 'field.change', field, value })} onBlur={() => send({ type: 'field.blur', field })} />
        ))}
        <button type="submit" className="sim-button" disabled={state.hasTag('busy')}>{t('resend.submit')}</button>
      </form>
      <p><RouteLink to="">{t('resend.back')}</RouteLink></p>
    </div>
  );
}
