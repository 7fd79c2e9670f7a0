import { useMachine } from '@xstate/react';
import { useEffect, useMemo, type FormEvent } from 'react';
import { countryOptions } from '../domain/countries';
import { langOf, type Locale } from '../i18n/locales';
import type { SimTranslate } from '../i18n/sim';
import { invitationMachine } from '../machines/invitationMachine';
import { getPortal } from '../store';
import { ErrorSummary, useFocusFirstError } from './parts/ErrorSummary';
import { CheckboxField, SelectField, TextField } from './parts/Field';
import { FocusHeading } from './parts/FocusHeading';
import { errorText } from './parts/machineForm';
import { Notice } from './parts/Notice';
import { RouteLink, useNavigation } from './parts/navigation';

/** "Create your organizational account", opened by the invitation email's Get started now. */
export function AcceptInvitation({ token, locale, t }: { token: string; locale: Locale; t: SimTranslate }) {
  const [state, send] = useMachine(invitationMachine, { input: { portal: getPortal(), token } });
  const { values, errors, invitation } = state.context;
  const focus = useFocusFirstError('accept', errors, state.hasTag('busy'));
  const countries = useMemo(() => countryOptions(langOf(locale)).map(({ code, name }) => ({ value: code, label: name })), [locale]);
  const done = state.hasTag('done');
  const { go } = useNavigation();
  useEffect(() => {
    if (done) go('dashboard');
  }, [done, go]);

  if (state.hasTag('busy') && !invitation) return <p role="status">{t('sim.busy')}</p>;
  if (state.hasTag('failed') && !state.matches('form')) {
    return (
      <div className="sim-screen" key="dead">
        <FocusHeading>{t('accept.deadHeading')}</FocusHeading>
        <Notice kind="warning">{t(errors['form'] ?? 'error.invitation.unknown')}</Notice>
        {state.can({ type: 'link.retry' }) && <button type="button" className="sim-button" onClick={() => send({ type: 'link.retry' })}>{t('accept.retry')}</button>}
        <p><RouteLink to="">{t('accept.toSignIn')}</RouteLink></p>
      </div>
    );
  }
  if (!invitation) return null;

  const labels = { name: t('accept.name'), password: t('accept.password'), confirmPassword: t('accept.confirmPassword'), country: t('accept.country'), termsAccepted: t('accept.terms') };
  const change = (field: string, value: unknown) => send({ type: 'field.change', field, value });
  const blur = (field: string) => () => send({ type: 'field.blur', field });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    focus.arm();
    send({ type: 'form.check' });
    send({ type: 'form.submit' });
  };

  return (
    <div className="sim-screen">
      <FocusHeading>{t('accept.heading')}</FocusHeading>
      <p>{t('accept.for', { organization: invitation.organization, agreementNumber: invitation.agreementNumber })}</p>
      <p>{t('accept.intro')}</p>
      <form id="accept" noValidate onSubmit={submit} aria-busy={state.hasTag('busy')}>
        <ErrorSummary errors={errors} formId="accept" labels={labels} t={t} />
        <TextField id="accept-email" label={t('accept.email')} type="email" value={invitation.email} readOnly hint={t('accept.notYou')} />
        <TextField id="accept-name" label={labels.name} autoComplete="name" value={values.name} error={errorText(errors, 'name', t)}
          onChange={(value) => change('name', value)} onBlur={blur('name')} />
        <TextField id="accept-password" label={labels.password} type="password" autoComplete="new-password" value={values.password}
          error={errorText(errors, 'password', t)} onChange={(value) => change('password', value)} onBlur={blur('password')} />
        <TextField id="accept-confirmPassword" label={labels.confirmPassword} type="password" autoComplete="new-password" value={values.confirmPassword}
          error={errorText(errors, 'confirmPassword', t)} onChange={(value) => change('confirmPassword', value)} onBlur={blur('confirmPassword')} />
        <SelectField id="accept-country" label={labels.country} value={values.country} options={countries} placeholder={t('form.choose')}
          hint={t('accept.countryHint')} error={errorText(errors, 'country', t)} onChange={(value) => change('country', value)} onBlur={blur('country')} />
        <CheckboxField id="accept-termsAccepted" label={labels.termsAccepted} checked={values.termsAccepted}
          error={errorText(errors, 'termsAccepted', t)} onChange={(checked) => change('termsAccepted', checked)} />
        <button type="submit" className="sim-button" disabled={state.hasTag('busy')}>{t('accept.submit')}</button>
      </form>
    </div>
  );
}
