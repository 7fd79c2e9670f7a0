import type { SimKey, SimTranslate } from '../../i18n/sim';
import { FocusHeading } from '../../islands/parts/FocusHeading';
import { Notice } from '../../islands/parts/Notice';
import { RouteLink } from '../../islands/parts/navigation';

export interface DeadLinkScreenProps {
  readonly t: SimTranslate;
  /** Why the link does not work (expired, used, replaced, unknown). */
  readonly reason: SimKey;
  /** Offered when the machine allows another try (the store could not be read). */
  readonly onRetry?: (() => void) | undefined;
}

/** An invitation link that does not open the account form, and why. */
export function DeadLinkScreen({ t, reason, onRetry }: DeadLinkScreenProps) {
  return (
    <div className="sim-screen">
      <FocusHeading>{t('accept.deadHeading')}</FocusHeading>
      <Notice kind="warning">{t(reason)}</Notice>
      {onRetry && <button type="button" className="sim-button" onClick={onRetry}>{t('accept.retry')}</button>}
      <p><RouteLink to="">{t('accept.toSignIn')}</RouteLink></p>
    </div>
  );
}
