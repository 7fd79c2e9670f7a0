import type { Locale } from '../../i18n/locales';
import { formatList } from '../../i18n/sim/intl';
import type { PanelTranslate } from '../../i18n/panels';
import { useChangeSince } from './useChangeSince';

/** "An invitation arrived in harry@contoso.com's mailbox": the addresses that got mail since the panel opened. */
export function useNewMail(tp: PanelTranslate, locale: Locale): string | undefined {
  return useChangeSince(
    (portal) => portal.listMailboxes(),
    (first, now) => {
      const before = new Map(first.map((box) => [box.address, box.messages]));
      const grown = now.filter((box) => box.messages > (before.get(box.address) ?? 0)).map((box) => box.address);
      return grown.length ? tp('panel.mailArrived', { addresses: formatList(grown, locale) }) : undefined;
    },
  );
}
