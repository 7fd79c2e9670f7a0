import { usePracticeMachine } from '../../islands/parts/practiceBridge';
import { useEffect, useMemo } from 'react';
import type { Locale } from '../../i18n/locales';
import type { SimTranslate } from '../../i18n/sim';
import { invitationMachine } from './invitationMachine';
import { getPortal } from '../../store';
import { countryChoices } from '../../islands/parts/choices';
import { useFocusFirstError } from '../../islands/parts/ErrorSummary';
import { submitForm } from '../../islands/parts/machineForm';
import { useNavigation } from '../../islands/parts/navigation';
import { CreateAccountScreen } from './CreateAccountScreen';
import { DeadLinkScreen } from './DeadLinkScreen';
import type { RouteViewProps } from '../descriptor';

/** `#/accept/<token>`: the invitation link's page, for the token in the route. */
export function AcceptInvitationRoute({ param, locale, t }: RouteViewProps) {
  return <AcceptInvitation token={param} locale={locale} t={t} />;
}

/** The invitation link: the invitation machine behind "Create your organizational account". */
export function AcceptInvitation({ token, locale, t }: { token: string; locale: Locale; t: SimTranslate }) {
  const [state, send] = usePracticeMachine('invitation', invitationMachine, { input: { portal: getPortal(), token } });
  const { values, errors, invitation } = state.context;
  const busy = state.hasTag('busy');
  const focus = useFocusFirstError('accept', errors, busy);
  const countries = useMemo(() => countryChoices(locale), [locale]);
  const done = state.hasTag('done');
  const { go } = useNavigation();
  useEffect(() => {
    if (done) go('dashboard');
  }, [done, go]);

  if (busy && !invitation) return <p role="status">{t('sim.busy')}</p>;
  if (state.hasTag('failed') && !state.matches('form')) {
    const retry = state.can({ type: 'link.retry' }) ? () => send({ type: 'link.retry' }) : undefined;
    return <DeadLinkScreen t={t} reason={errors['form'] ?? 'error.invitation.unknown'} onRetry={retry} />;
  }
  if (!invitation) return null;
  return (
    <CreateAccountScreen t={t} invitation={invitation} values={values} errors={errors} countries={countries} busy={busy}
      onChange={(field, value) => send({ type: 'field.change', field, value })}
      onBlur={(field) => send({ type: 'field.blur', field })}
      onSubmit={() => submitForm(send, focus)} />
  );
}
