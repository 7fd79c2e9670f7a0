import { example } from '../../guide/exampleData';
import { simTranslations } from '../../i18n/sim';
import { inert, type FigureScreen } from '../figureParts';
import { SignInScreen } from './SignInScreen';

/** The sign-in page, with Harry's address typed. */
export const figures = {
  'sign-in': {
    caption: 'figure.signIn.caption',
    kind: 'screen',
    render: (locale) => (
      <SignInScreen t={simTranslations(locale)} formId="figure-sign-in" values={{ email: example.adminEmail, password: '' }} errors={{}} busy={false}
        onChange={inert} onBlur={inert} onSubmit={inert} />
    ),
  },
} as const satisfies Record<string, FigureScreen>;
