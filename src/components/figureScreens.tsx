/**
 * The guide's figures: each is a simulator screen shown with the guide's example data
 * (`guide/exampleData.ts`, the seed's source too) in the page's language, through the
 * simulator's own dictionary, so a figure says exactly what the practice portal says.
 * `ScreenFigure.astro` renders one at build time and turns it into a picture.
 */
import type { ReactElement } from 'react';
import { assignableRoles, assignmentRuleFor, purchasingAdministratorRole, roleIds } from '../domain/roles';
import { example } from '../guide/exampleData';
import type { UiKey } from '../i18n';
import type { Locale } from '../i18n/locales';
import { simDictionaries, simTranslations, type SimKey } from '../i18n/sim';
import { renderMail } from '../i18n/sim/renderMail';
import { assignmentRuleText, profileRolesNotes } from '../islands/parts/assignmentRule';
import { countryChoices, languageChoices } from '../islands/parts/choices';
import { CreateAccountScreen } from '../flows/accept-invitation/CreateAccountScreen';
import { DomainsScreen } from '../flows/associate-domain/DomainsScreen';
import { EditRolesScreen } from '../flows/manage-users/EditRolesScreen';
import { InviteUsersScreen } from '../flows/invite-users/InviteUsersScreen';
import { MailMessage } from '../islands/screens/MailMessage';
import { ProfileScreen } from '../flows/my-profile/ProfileScreen';
import { ResendScreen } from '../flows/resend-request/ResendScreen';
import { SignInScreen } from '../flows/sign-in/SignInScreen';
import { createSeed, SEED_EPOCH } from '../store/seed';

export interface FigureScreen {
  /** The guide's own words under the picture (`ui` dictionary). */
  readonly caption: UiKey;
  /** `email`: a message in the mail client; `screen`: a page of the portal. */
  readonly kind: 'email' | 'screen';
  /** Where the screen is in the portal's menus, in the simulator's words. */
  readonly path?: readonly SimKey[];
  readonly render: (locale: Locale) => ReactElement;
}

/** Typed passwords show as dots; the figure only needs their length. */
const typedPassword = 'x'.repeat(12);

/** The invitation the seed emails Harry on day 0, in the guide's language (a store started on this page has him prefer it). */
function invitationEmail(locale: Locale): ReactElement {
  let next = 0;
  const [message] = createSeed({ newId: () => `example-${++next}`, language: locale }).mailbox;
  if (!message) throw new Error('the seed sends no invitation');
  const mail = renderMail(message, simDictionaries);
  if (!mail) throw new Error(`no mail texts for ${locale}`);
  return <MailMessage message={{ ...message, linkStatus: 'pending' }} mail={mail} locale={locale} t={simTranslations(locale)} />;
}

/** Harry, the purchasing account administrator, as he starts (GUIDE-FACTS, our decisions): his rule is what his figures say. */
const harrysRoles = [purchasingAdministratorRole];

/** A picture's controls do nothing: the figure has no handlers to call. */
const inert = () => undefined;

/** The figures by name: `<ScreenFigure screen="resend" />` in MDX. */
export const figureScreens = {
  'sign-in': {
    caption: 'figure.signIn.caption',
    kind: 'screen',
    render: (locale) => (
      <SignInScreen t={simTranslations(locale)} formId="figure-sign-in" values={{ email: example.adminEmail, password: '' }} errors={{}} busy={false}
        onChange={inert} onBlur={inert} onSubmit={inert} />
    ),
  },
  'invitation-email': { caption: 'figure.email.caption', kind: 'email', render: invitationEmail },
  resend: {
    caption: 'figure.resend.caption',
    kind: 'screen',
    render: (locale) => (
      <ResendScreen t={simTranslations(locale)} errors={{}}
        values={{ email: example.adminEmail, agreementNumber: example.agreementNumber, purchasingAccountNumber: example.purchasingAccountNumber }} />
    ),
  },
  'create-account': {
    caption: 'figure.account.caption',
    kind: 'screen',
    render: (locale) => (
      <CreateAccountScreen t={simTranslations(locale)} errors={{}} countries={countryChoices(locale)}
        invitation={{ email: example.adminEmail, organization: example.organization, agreementNumber: example.agreementNumber }}
        values={{ name: example.adminName, password: typedPassword, confirmPassword: typedPassword, country: example.adminCountry }} />
    ),
  },
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
  domains: {
    caption: 'figure.domains.caption',
    kind: 'screen',
    path: ['portal.account', 'portal.domains'],
    render: (locale) => (
      <DomainsScreen t={simTranslations(locale)} locale={locale} domains={[{ name: example.domain, associatedAt: SEED_EPOCH }]} domain="" errors={{}}
        editable canRemove={() => true} />
    ),
  },
  'my-profile': {
    caption: 'figure.profile.caption',
    kind: 'screen',
    render: (locale) => (
      <ProfileScreen t={simTranslations(locale)} locale={locale}
        user={{ name: example.adminName, email: example.adminEmail, roles: harrysRoles, preferredLanguage: locale, country: example.adminCountry }}
        rolesNotes={profileRolesNotes({ isPurchasingAccountAdministrator: true }, assignmentRuleFor(harrysRoles), simTranslations(locale), locale)} />
    ),
  },
  'roles-editor': {
    caption: 'figure.roles.caption',
    kind: 'screen',
    path: ['portal.account', 'portal.manageAccess', 'users.heading'],
    render: (locale) => (
      <EditRolesScreen t={simTranslations(locale)} name={example.colleagueName} errors={{}} busy={false} saved={false}
        choices={roleIds.map((role) => ({ role, checked: role === 'account-viewer', locked: false }))} onToggle={inert} onSubmit={inert} onClose={inert} />
    ),
  },
} as const satisfies Record<string, FigureScreen>;

export type FigureName = keyof typeof figureScreens;
