import { example } from '../../guide/exampleData';
import { simTranslations } from '../../i18n/sim';
import type { FigureScreen } from '../figureParts';
import { ResendScreen } from './ResendScreen';

/** The resend request, filled in with Contoso's numbers. */
export const figures = {
  resend: {
    caption: 'figure.resend.caption',
    kind: 'screen',
    render: (locale) => (
      <ResendScreen t={simTranslations(locale)} errors={{}}
        values={{ email: example.adminEmail, agreementNumber: example.agreementNumber, purchasingAccountNumber: example.purchasingAccountNumber }} />
    ),
  },
} as const satisfies Record<string, FigureScreen>;
