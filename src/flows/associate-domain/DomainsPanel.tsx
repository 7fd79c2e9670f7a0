import type { Locale } from '../../i18n/locales';
import { formatList } from '../../i18n/sim/intl';
import { panelTranslations } from '../../i18n/panels';
import { simTranslations } from '../../i18n/sim/client';
import { Domains } from './Domains';
import { PanelFrame, WhenSignedIn } from '../../islands/panels/PanelFrame';
import { useChangeSince } from '../../islands/panels/useChangeSince';

/** `domains`: Account › Domains, where an Account administrator associates the organization's domain. */
export default function DomainsPanel({ locale }: { locale: Locale }) {
  const t = simTranslations(locale);
  const tp = panelTranslations(locale);
  const useOutcome = () =>
    useChangeSince(
      (portal) => portal.listDomains(),
      (first, now) => {
        if (!now.ok) return undefined;
        const before = new Set(first.ok ? first.domains.map((domain) => domain.name) : []);
        const added = now.domains.map((domain) => domain.name).filter((name) => !before.has(name));
        return added.length ? tp('panel.domains.associated', { domains: formatList(added, locale) }) : undefined;
      },
      (answer) => answer.ok,
    );
  return (
    <PanelFrame section="domains" locale={locale} t={t} tp={tp} useOutcome={useOutcome}>
      <WhenSignedIn t={t} formId="try-domains-signin">{() => <Domains locale={locale} t={t} />}</WhenSignedIn>
    </PanelFrame>
  );
}
