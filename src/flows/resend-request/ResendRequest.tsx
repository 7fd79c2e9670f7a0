import { usePracticeMachine } from '../../islands/parts/practiceBridge';
import type { SimTranslate } from '../../i18n/sim';
import { resendRequestMachine } from './resendRequestMachine';
import { getPortal } from '../../store';
import { useFocusFirstError } from '../../islands/parts/ErrorSummary';
import { submitForm } from '../../islands/parts/machineForm';
import { ResendScreen } from './ResendScreen';

/** "Didn't receive an invitation email?": the resend machine behind its screen. */
export function ResendRequest({ t }: { t: SimTranslate }) {
  const [state, send] = usePracticeMachine('resendRequest', resendRequestMachine, { input: { portal: getPortal() } });
  const { values, errors, notice } = state.context;
  const busy = state.hasTag('busy');
  const focus = useFocusFirstError('resend', errors, busy);
  return (
    <ResendScreen t={t} values={values} errors={errors} busy={busy} sent={state.hasTag('done') ? notice : null}
      onChange={(field, value) => send({ type: 'field.change', field, value })}
      onBlur={(field) => send({ type: 'field.blur', field })}
      onSubmit={() => submitForm(send, focus)} />
  );
}
