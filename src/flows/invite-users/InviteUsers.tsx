import { usePracticeMachine } from '../../islands/parts/practiceBridge';
import { useMemo } from 'react';
import type { Locale } from '../../i18n/locales';
import { formatList } from '../../i18n/sim/intl';
import type { SimTranslate } from '../../i18n/sim';
import { inviteUsersMachine } from './inviteUsersMachine';
import { assignmentRuleShownFor } from '../../machines/session';
import { getPortal } from '../../store';
import { assignmentRuleText } from '../../islands/parts/assignmentRule';
import { countryChoices, languageChoices } from '../../islands/parts/choices';
import { useFocusFirstError } from '../../islands/parts/ErrorSummary';
import { Notice } from '../../islands/parts/Notice';
import { InviteUsersScreen } from './InviteUsersScreen';

/** Manage users › Invite users: the Invite users machine behind its screen. */
export function InviteUsers({ locale, t, onClose }: { locale: Locale; t: SimTranslate; onClose: () => void }) {
  const [state, send] = usePracticeMachine('inviteUsers', inviteUsersMachine, { input: { portal: getPortal() } });
  const { values, errors, roleOptions, invited, session } = state.context;
  const busy = state.hasTag('busy');
  const focus = useFocusFirstError('invite', errors, busy);
  const countries = useMemo(() => countryChoices(locale), [locale]);
  const languages = useMemo(() => languageChoices(), []);

  if (state.matches('loading')) return <p role="status">{t('sim.busy')}</p>;
  const done = state.hasTag('done');
  if (!done && !state.matches('form') && !state.matches('submitting')) return <Notice kind="warning">{t(errors['form'] ?? 'error.auth.forbidden')}</Notice>;
  return (
    <InviteUsersScreen t={t} locale={locale} rows={values.rows} errors={errors} roleOptions={roleOptions}
      rolesHint={assignmentRuleText(assignmentRuleShownFor(session), t, locale)} countries={countries} languages={languages} busy={busy}
      invited={done ? formatList(invited.map((user) => user.email), locale) : undefined}
      canAddRow={state.can({ type: 'row.add' })} canRemoveRow={(row) => state.can({ type: 'row.remove', row })}
      onChange={(row, field, value) => send({ type: 'field.change', row, field, value })}
      onBlur={(row, field) => send({ type: 'field.blur', row, field })}
      onToggleRole={(row, role) => send({ type: 'role.toggle', row, role })}
      onAddRow={() => send({ type: 'row.add' })} onRemoveRow={(row) => send({ type: 'row.remove', row })}
      onSubmit={(type) => {
        focus.arm();
        send({ type: 'form.check' });
        send({ type });
      }}
      onRestart={() => send({ type: 'invite.restart' })} onClose={onClose} />
  );
}
