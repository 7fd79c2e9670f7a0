import { localeAttributes, localeInfo, type Locale } from '../../i18n/locales';
import { formatDate, formatDateTime } from '../../i18n/sim/intl';
import type { SimTranslate } from '../../i18n/sim';
import type { RenderedMail } from '../../i18n/sim/renderMail';
import type { MailMessageView } from '../../store/viewTypes';
import { KeepWhole } from '../parts/KeepWhole';
import { RouteLink } from '../parts/navigation';

export interface MailMessageProps {
  readonly message: Pick<MailMessageView, 'id' | 'to' | 'sentAt' | 'params' | 'linkStatus'>;
  /** The message's texts in its recipient's language (`renderMail`). */
  readonly mail: RenderedMail;
  /** The page's language: the mail client's own words and dates. */
  readonly locale: Locale;
  readonly t: SimTranslate;
  /** Where Get started now goes: by default the message's invitation (`accept/<token>`). */
  readonly startRoute?: string;
}

/** One email in the mail client: its header in the page's language, its body in the recipient's. */
export function MailMessage({ message, mail, locale, t, startRoute }: MailMessageProps) {
  const token = message.params['token'];
  const status = message.linkStatus;
  // Its language's fonts and line breaking too, which global.css reads beside `lang`.
  const language = { lang: localeInfo[mail.language].lang, ...localeAttributes(mail.language) };
  const sent = formatDateTime(message.sentAt, locale);
  const expires = message.params['expiresAt'];
  return (
    <article className="sim-message" aria-labelledby={`mail-${message.id}`}>
      <header className="sim-message-head">
        <h3 id={`mail-${message.id}`} {...language}>{mail.subject}</h3>
        <p>{t('mailbox.from')}</p>
        <p>{t('mailbox.to', { address: message.to })}</p>
        <p><KeepWhole text={t('mailbox.sent', { date: sent })} whole={sent} /></p>
      </header>
      <div className="sim-message-body" {...language}>
        <p>{mail.greeting}</p>
        {mail.paragraphs.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
        {token && <p><RouteLink className="sim-button" to={startRoute ?? `accept/${encodeURIComponent(token)}`}>{mail.button}</RouteLink></p>}
        {mail.expires && <p><KeepWhole text={mail.expires} whole={expires ? formatDate(expires, mail.language) : ''} /></p>}
        {mail.footer.map((line) => <p key={line} className="sim-small">{line}</p>)}
      </div>
      {status && status !== 'pending' && (
        <p className="sim-link-status"><span aria-hidden="true">ℹ </span>{t(`mailbox.link.${status}`)}</p>
      )}
    </article>
  );
}
