import { assignmentRuleFor } from '../../domain/roles';
import { example } from '../../guide/exampleData';
import { simTranslations } from '../../i18n/sim';
import { profileRolesNotes } from '../../islands/parts/assignmentRule';
import { harrysRoles, type FigureScreen } from '../figureParts';
import { ProfileScreen } from './ProfileScreen';

/** Harry's profile, as he first sees it. */
export const figures = {
  'my-profile': {
    caption: 'figure.profile.caption',
    kind: 'screen',
    render: (locale) => (
      <ProfileScreen t={simTranslations(locale)} locale={locale}
        user={{ name: example.adminName, email: example.adminEmail, roles: harrysRoles, preferredLanguage: locale, country: example.adminCountry }}
        rolesNotes={profileRolesNotes({ isPurchasingAccountAdministrator: true }, assignmentRuleFor(harrysRoles), simTranslations(locale), locale)} />
    ),
  },
} as const satisfies Record<string, FigureScreen>;
