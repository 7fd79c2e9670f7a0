import { countryName } from '../../domain/countries';
import { langOf, localeInfo, type Locale } from '../../i18n/locales';
import { formatList } from '../../i18n/sim/intl';
import type { SimTranslate } from '../../i18n/sim';
import type { UserView } from '../../store/viewTypes';
import { FocusHeading } from '../../islands/parts/FocusHeading';

/** What My profile shows: the signed-in user, in the page's language. */
export interface ProfileScreenProps {
  readonly t: SimTranslate;
  readonly locale: Locale;
  readonly user: Pick<UserView, 'name' | 'email' | 'roles' | 'preferredLanguage' | 'country'>;
  /** What the roles mean for them, under the roles: how they started, which roles they may assign. */
  readonly rolesNotes?: readonly string[];
}

/** My profile: name, address, roles (and what they mean for this person), preferred language and country. */
export function ProfileScreen({ t, locale, user, rolesNotes = [] }: ProfileScreenProps) {
  const rows: [term: string, value: string, notes?: readonly string[]][] = [
    [t('profile.name'), user.name],
    [t('profile.email'), user.email],
    [t('profile.roles'), formatList(user.roles.map((role) => t(`role.${role}`)), locale), rolesNotes],
    [t('profile.language'), localeInfo[user.preferredLanguage].label],
    [t('profile.country'), user.country ? countryName(user.country, langOf(locale)) : '—'],
  ];
  return (
    <div className="sim-screen">
      <FocusHeading>{t('profile.heading')}</FocusHeading>
      <dl className="sim-details">
        {rows.map(([term, value, notes = []]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              {value}
              {notes.map((note) => <p key={note} className="sim-hint">{note}</p>)}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
