import type { ReactElement } from 'react';
import { withBase } from '../../config/base';
import type { Locale } from '../../i18n/locales';
import { simDictionaries, simTranslations } from '../../i18n/sim';
import { renderMail } from '../../i18n/sim/renderMail';
import { PanelNavigation } from '../../islands/parts/navigation';
import { MailboxScreen } from '../../islands/screens/MailboxScreen';
import { MailMessage } from '../../islands/screens/MailMessage';
import { createMemoryPortal } from '../../store/memoryPortal';

/**
 * The panel's first paint: the mailbox with Harry's invitation, as the store answers for its
 * starting state in the page's language (a store this page starts makes Harry prefer it, see
 * `store/pageLanguage.ts`). The link cannot name the learner's own invitation (the seed draws a
 * new token in each browser), so until the code arrives it opens the simulator page, whose mailbox has it.
 */
export async function firstPaint(locale: Locale): Promise<ReactElement> {
  const t = simTranslations(locale);
  let next = 0;
  // Stable ids: the page's markup is the same on every build.
  const portal = createMemoryPortal({ newId: () => `first-paint-${++next}`, language: locale });
  const boxes = await portal.listMailboxes();
  const address = boxes[0]?.address ?? '';
  const messages = address ? await portal.getMailbox(address) : [];
  return (
    <PanelNavigation simulatorUrl={withBase(`/${locale}/simulator/`)}>
      <MailboxScreen t={t} locale={locale} boxes={boxes} address={address}>
        {messages.map((message) => {
          const mail = renderMail(message, simDictionaries);
          return mail && <li key={message.id}><MailMessage message={message} mail={mail} locale={locale} t={t} startRoute="" /></li>;
        })}
      </MailboxScreen>
    </PanelNavigation>
  );
}
