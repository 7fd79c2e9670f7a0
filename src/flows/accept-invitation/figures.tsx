import type { ReactElement } from 'react';
import { example } from '../../guide/exampleData';
import type { Locale } from '../../i18n/locales';
import { simDictionaries, simTranslations } from '../../i18n/sim';
import { renderMail } from '../../i18n/sim/renderMail';
import { countryChoices } from '../../islands/parts/choices';
import { MailMessage } from '../../islands/screens/MailMessage';
import { createSeed } from '../../store/seed';
import { typedPassword, type FigureScreen } from '../figureParts';
import { CreateAccountScreen } from './CreateAccountScreen';

/** The invitation the seed emails Harry on day 0, in the guide's language (a store started on this page has him prefer it). */
function invitationEmail(locale: Locale): ReactElement {
  let next = 0;
  const [message] = createSeed({ newId: () => `example-${++next}`, language: locale }).mailbox;
  if (!message) throw new Error('the seed sends no invitation');
  const mail = renderMail(message, simDictionaries);
  if (!mail) throw new Error(`no mail texts for ${locale}`);
  return <MailMessage message={{ ...message, linkStatus: 'pending' }} mail={mail} locale={locale} t={simTranslations(locale)} />;
}

/** The invitation email, and the account form its link opens, filled in for Harry. */
export const figures = {
  'invitation-email': { caption: 'figure.email.caption', kind: 'email', render: invitationEmail },
  'create-account': {
    caption: 'figure.account.caption',
    kind: 'screen',
    render: (locale) => (
      <CreateAccountScreen t={simTranslations(locale)} errors={{}} countries={countryChoices(locale)}
        invitation={{ email: example.adminEmail, organization: example.organization, agreementNumber: example.agreementNumber }}
        values={{ name: example.adminName, password: typedPassword, confirmPassword: typedPassword, country: example.adminCountry }} />
    ),
  },
} as const satisfies Record<string, FigureScreen>;
