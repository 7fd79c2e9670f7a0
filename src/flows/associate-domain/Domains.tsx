import { usePracticeMachine } from '../../islands/parts/practiceBridge';
import type { Locale } from '../../i18n/locales';
import type { SimTranslate } from '../../i18n/sim';
import { associateDomainMachine } from './associateDomainMachine';
import { getPortal } from '../../store';
import { useFocusFirstError } from '../../islands/parts/ErrorSummary';
import { submitForm } from '../../islands/parts/machineForm';
import { Notice } from '../../islands/parts/Notice';
import { DomainsScreen } from './DomainsScreen';

/** Account › Domains: the associate-domain machine behind its screen. */
export function Domains({ locale, t }: { locale: Locale; t: SimTranslate }) {
  const [state, send] = usePracticeMachine('associateDomain', associateDomainMachine, { input: { portal: getPortal() } });
  const { values, errors, domains, change } = state.context;
  const busy = state.hasTag('busy');
  const focus = useFocusFirstError('domains', errors, busy);
  if (state.matches('loading')) return <p role="status">{t('sim.busy')}</p>;
  if (state.hasTag('blocked')) return <Notice kind="warning">{t('portal.forbidden')}</Notice>;
  return (
    <DomainsScreen t={t} locale={locale} domains={domains} domain={values.domain} errors={errors} busy={busy}
      editable={!state.matches('readOnly')} change={state.hasTag('done') ? change : null}
      canRemove={(domain) => state.can({ type: 'domain.remove', domain })}
      onChange={(value) => send({ type: 'field.change', field: 'domain', value })}
      onBlur={() => send({ type: 'field.blur', field: 'domain' })}
      onSubmit={() => submitForm(send, focus)}
      onRemove={(domain) => send({ type: 'domain.remove', domain })} />
  );
}
