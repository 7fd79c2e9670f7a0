import type { ReactNode } from 'react';
import type { ErrorKey } from '../../domain/errors';
import type { Locale } from '../../i18n/locales';
import { formatList } from '../../i18n/sim/intl';
import type { SimTranslate } from '../../i18n/sim';
import type { UserView } from '../../store/viewTypes';
import { FocusHeading } from '../../islands/parts/FocusHeading';
import { Notice } from '../../islands/parts/Notice';

/** A line announced above the list: what the last row action came to. */
export interface ListOutcome {
  readonly kind: 'success' | 'warning';
  readonly text: string;
}

/** What Manage users shows: the users as the store lists them, or why it does not. */
export interface ManageUsersScreenProps {
  readonly t: SimTranslate;
  readonly locale: Locale;
  /** The heading's id (focus goes back to it after a removal). */
  readonly headingId: string;
  /** The announced outcome's id (a refused Remove points at it). */
  readonly outcomeId: string;
  readonly outcome: ListOutcome | null;
  /** The users listed, or the store's refusal. */
  readonly list: { readonly users: readonly UserView[] } | { readonly refusal: ErrorKey };
  /** A row's actions (see `UserRowActions`). */
  readonly actionsFor: (user: UserView) => ReactNode;
  /** What comes under the list: Invite users, a user's roles. */
  readonly children?: ReactNode;
}

/** Account › Manage access › Manage users: who is in the account, their roles and status. */
export function ManageUsersScreen({ t, locale, headingId, outcomeId, outcome, list, actionsFor, children }: ManageUsersScreenProps) {
  return (
    <div className="sim-screen">
      <FocusHeading id={headingId}>{t('users.heading')}</FocusHeading>
      <div aria-live="polite" className="sim-live" id={outcomeId}>
        {outcome && <Notice kind={outcome.kind}>{outcome.text}</Notice>}
      </div>
      {'refusal' in list ? <Notice kind="warning">{t(list.refusal)}</Notice> : (
        <div className="sim-table-wrap sim-users-wrap">
          {/* A card per user where the table is narrow (simulator.css): each cell says its column. */}
          <table className="sim-users-table">
            <caption>{t('users.caption')}</caption>
            <thead><tr><th scope="col">{t('users.name')}</th><th scope="col">{t('users.email')}</th><th scope="col">{t('users.roles')}</th><th scope="col">{t('users.status')}</th><th scope="col">{t('users.actions')}</th></tr></thead>
            <tbody>
              {list.users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.name}</th>
                  <td data-label={t('users.email')} className="sim-users-email">{user.email}</td>
                  <td data-label={t('users.roles')}>{formatList(user.roles.map((role) => t(`role.${role}`)), locale)}</td>
                  <td data-label={t('users.status')} className="sim-users-status">{t(`users.status.${user.registration}`)}</td>
                  <td data-label={t('users.actions')}>{actionsFor(user)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {children}
    </div>
  );
}
