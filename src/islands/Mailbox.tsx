import { useEffect, useState } from 'react';
import type { Locale } from '../i18n/locales';
import { localeInfo } from '../i18n/locales';
import { loadedMailDictionaries, loadMailDictionary, simTranslations } from '../i18n/sim/client';
import { formatDateTime, formatNumber, isSingular } from '../i18n/sim/intl';
import type { SimTranslate } from '../i18n/sim';
import { renderMail } from '../i18n/sim/renderMail';
import type { MailMessageView } from '../store';
import { SelectField } from './parts/Field';
import { usePortalData } from './parts/hooks';
import { RouteLink } from './parts/navigation';

/** The learner's mail client: every address that received mail, and its messages. */
export default function Mailbox({ locale }: { locale: Locale }) {
  const t = simTranslations(locale);
  const boxes = usePortalData((portal) => portal.listMailboxes());
  const [chosen, setChosen] = useState('');
  const address = boxes?.some((box) => box.address === chosen) ? chosen : (boxes?.[0]?.address ?? '');
  const messages = usePortalData((portal) => (address ? portal.getMailbox(address) : Promise.resolve([])), [address]);

  return (
    <section className="sim-mailbox" aria-labelledby="sim-mailbox-heading">
      <h2 id="sim-mailbox-heading">{t('mailbox.heading')}</h2>
      <p>{t('mailbox.intro')}</p>
      {boxes === undefined ? <p>{t('sim.loading')}</p> : boxes.length === 0 ? <p>{t('mailbox.empty')}</p> : (
        <>
          <SelectField id="sim-mailbox-address" label={t('mailbox.address')} value={address} onChange={setChosen}
            options={boxes.map((box) => ({ value: box.address, label: `${box.address} (${t(isSingular(box.messages, locale) ? 'mailbox.countOne' : 'mailbox.count', { count: formatNumber(box.messages, locale) })})` }))} />
          <ol className="sim-messages" aria-label={address}>
            {(messages ?? []).map((message) => <li key={message.id}><Message message={message} locale={locale} t={t} /></li>)}
          </ol>
        </>
      )}
    </section>
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
  const token = message.params['token'];
  const status = message.linkStatus;
  return (
    <article className="sim-message" aria-labelledby={`mail-${message.id}`}>
      <header className="sim-message-head">
        <h3 id={`mail-${message.id}`} lang={localeInfo[mail.language].lang}>{mail.subject}</h3>
        <p>{t('mailbox.from')}</p>
        <p>{t('mailbox.to', { address: message.to })}</p>
        <p>{t('mailbox.sent', { date: formatDateTime(message.sentAt, locale) })}</p>
      </header>
      <div className="sim-message-body" lang={localeInfo[mail.language].lang}>
        <p>{mail.greeting}</p>
        {mail.paragraphs.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
        {token && <p><RouteLink className="sim-button" to={`accept/${encodeURIComponent(token)}`}>{mail.button}</RouteLink></p>}
        {mail.expires && <p>{mail.expires}</p>}
        {mail.footer.map((line) => <p key={line} className="sim-small">{line}</p>)}
      </div>
      {status && status !== 'pending' && (
        <p className="sim-link-status"><span aria-hidden="true">ℹ </span>{t(`mailbox.link.${status}`)}</p>
      )}
    </article>
  );
}
