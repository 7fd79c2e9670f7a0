import { useEffect, useState } from 'react';
import type { Locale } from '../i18n/locales';
import { loadedMailDictionaries, loadMailDictionary, simTranslations } from '../i18n/sim/client';
import type { SimTranslate } from '../i18n/sim';
import { renderMail } from '../i18n/sim/renderMail';
import type { MailMessageView } from '../store';
import { usePortalData } from './parts/hooks';
import { usePracticeOpened } from './parts/practiceBridge';
import { MailboxScreen } from './screens/MailboxScreen';
import { MailMessage } from './screens/MailMessage';

/** The learner's mail client, read from the store: every address that received mail, and its messages. */
export default function Mailbox({ locale }: { locale: Locale }) {
  const t = simTranslations(locale);
  const boxes = usePortalData((portal) => portal.listMailboxes());
  const [chosen, setChosen] = useState('');
  const address = boxes?.some((box) => box.address === chosen) ? chosen : (boxes?.[0]?.address ?? '');
  const messages = usePortalData((portal) => (address ? portal.getMailbox(address) : Promise.resolve([])), [address]);
  usePracticeOpened('mailbox', messages ? address : null);
  return (
    <MailboxScreen t={t} locale={locale} boxes={boxes} address={address} onChoose={setChosen}>
      {(messages ?? []).map((message) => <li key={message.id}><Message message={message} locale={locale} t={t} /></li>)}
    </MailboxScreen>
  );
}

/** A message is rendered in its recipient's language: that dictionary loads on first need. */
function Message({ message, locale, t }: { message: MailMessageView; locale: Locale; t: SimTranslate }) {
  const [, setLoaded] = useState(0);
  const mail = renderMail(message, loadedMailDictionaries());
  useEffect(() => {
    if (!mail) void loadMailDictionary(message.language).then(() => setLoaded((count) => count + 1));
  }, [mail, message.language]);
  if (!mail) return <p role="status">{t('sim.loading')}</p>;
  return <MailMessage message={message} mail={mail} locale={locale} t={t} />;
}
