import { example } from '../../guide/exampleData';
import { simTranslations } from '../../i18n/sim';
import { SEED_EPOCH } from '../../store/seed';
import type { FigureScreen } from '../figureParts';
import { DomainsScreen } from './DomainsScreen';

/** Account › Domains, with Contoso's domain associated. */
export const figures = {
  domains: {
    caption: 'figure.domains.caption',
    kind: 'screen',
    path: ['portal.account', 'portal.domains'],
    render: (locale) => (
      <DomainsScreen t={simTranslations(locale)} locale={locale} domains={[{ name: example.domain, associatedAt: SEED_EPOCH }]} domain="" errors={{}}
        editable canRemove={() => true} />
    ),
  },
} as const satisfies Record<string, FigureScreen>;
