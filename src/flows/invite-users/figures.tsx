import { assignableRoles, assignmentRuleFor } from '../../domain/roles';
import { example } from '../../guide/exampleData';
import { simTranslations } from '../../i18n/sim';
import { assignmentRuleText } from '../../islands/parts/assignmentRule';
import { countryChoices, languageChoices } from '../../islands/parts/choices';
import { harrysRoles, type FigureScreen } from '../figureParts';
import { InviteUsersScreen } from './InviteUsersScreen';

/** Invite users, with Harry inviting his colleague. */
export const figures = {
  'invite-users': {
    caption: 'figure.invite.caption',
    kind: 'screen',
    path: ['portal.account', 'portal.manageAccess', 'users.heading'],
    render: (locale) => (
      <InviteUsersScreen t={simTranslations(locale)} locale={locale} errors={{}} countries={countryChoices(locale)} languages={languageChoices()}
        roleOptions={assignableRoles(harrysRoles)} rolesHint={assignmentRuleText(assignmentRuleFor(harrysRoles), simTranslations(locale), locale)} canAddRow
        rows={[{ email: example.colleagueEmail, name: example.colleagueName, preferredLanguage: example.colleagueLanguage, country: example.colleagueCountry, roles: ['report-viewer'] }]} />
    ),
  },
} as const satisfies Record<string, FigureScreen>;
