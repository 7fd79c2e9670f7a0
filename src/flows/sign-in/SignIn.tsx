import { usePracticeMachine } from '../../islands/parts/practiceBridge';
import type { FormEvent } from 'react';
import type { SimTranslate } from '../../i18n/sim';
import { signInMachine } from './signInMachine';
import { getPortal } from '../../store';
import { useFocusFirstError } from '../../islands/parts/ErrorSummary';
import { SignInScreen } from './SignInScreen';

/**
 * The Business Center sign-in page, driven by `signInMachine`: the machine checks the fields
 * with the domain's rules, and the store decides who may sign in and answers why not (not
 * invited, invitation pending or expired, wrong password). Once signed in, the store's session
 * changes and the page shows the portal instead of this island.
 * `formId` keeps ids unique when two guide panels on one page both ask to sign in.
 */
export function SignIn({ t, formId = 'signin' }: { t: SimTranslate; formId?: string }) {
  const [state, send] = usePracticeMachine('signIn', signInMachine, { input: { portal: getPortal() } });
  const { values, errors } = state.context;
  const busy = state.hasTag('busy');
  const focus = useFocusFirstError(formId, errors, busy);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    focus.arm();
    send({ type: 'form.check' });
    send({ type: 'form.submit' });
  };
  // Until the machine knows nobody is signed in, typing would be lost: the form waits.
  if (!state.matches('form') && !state.matches('signingIn')) return <p role="status">{t('sim.busy')}</p>;
  return (
    <SignInScreen t={t} formId={formId} values={values} errors={errors} busy={busy} onSubmit={submit}
      onChange={(field, value) => send({ type: 'field.change', field, value })} onBlur={(field) => send({ type: 'field.blur', field })} />
  );
}
