import type { ReactNode } from 'react';
import type { Locale } from '../../i18n/locales';
import { formatNumber, isSingular } from '../../i18n/sim/intl';
import type { SimTranslate } from '../../i18n/sim';
import type { MailboxSummary } from '../../store/viewTypes';
import { SelectField } from '../parts/Field';

export interface MailboxScreenProps {
  readonly t: SimTranslate;
  readonly locale: Locale;
  /** Every address that received mail; `undefined` until the store answered. */
  readonly boxes: readonly MailboxSummary[] | undefined;
  /** The address shown. */
  readonly address: string;
  readonly onChoose?: (address: string) => void;
  /** The chosen mailbox's messages, newest first, each an `<li>`. */
  readonly children?: ReactNode;
}

/** The learner's mail client: a mailbox per address that received mail, and its messages. */
export function MailboxScreen({ t, locale, boxes, address, onChoose, children }: MailboxScreenProps) {
  const count = (messages: number) => t(isSingular(messages, locale) ? 'mailbox.countOne' : 'mailbox.count', { count: formatNumber(messages, locale) });
  return (
    <section className="sim-mailbox" aria-labelledby="sim-mailbox-heading">
      <h2 id="sim-mailbox-heading">{t('mailbox.heading')}</h2>
      <p>{t('mailbox.intro')}</p>
      {boxes === undefined ? <p>{t('sim.loading')}</p> : boxes.length === 0 ? <p>{t('mailbox.empty')}</p> : (
        <>
          <SelectField id="sim-mailbox-address" label={t('mailbox.address')} value={address} onChange={(value) => onChoose?.(value)}
            options={boxes.map((box) => ({ value: box.address, label: t('mailbox.option', { address: box.address, count: count(box.messages) }) }))} />
          <ol className="sim-messages" aria-label={address}>{children}</ol>
        </>
      )}
    </section>
  );
}
