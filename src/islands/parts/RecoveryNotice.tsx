import { useState } from 'react';
import { getPortal } from '../../store';
import type { SimTranslate } from '../../i18n/sim';
import { usePortalData } from './hooks';

/** The sentence for each way the store had to recover. */
const noticeOf = { corrupt: 'notice.store.recovered', unavailable: 'notice.store.unavailable', unsaved: 'notice.store.unsaved' } as const;

/**
 * Says so when the saved data had to be replaced (unreadable), cannot be saved at all (storage
 * blocked) or stopped being saved (storage full): the simulator keeps working, never a blank page.
 */
export function RecoveryNotice({ t }: { t: SimTranslate }) {
  const status = usePortalData((portal) => portal.getStatus());
  const [dismissed, setDismissed] = useState(false);
  if (!status || status.recovery === 'none' || dismissed) return null;
  const corrupt = status.recovery === 'corrupt';
  return (
    <div className="sim-notice sim-notice-warning" role="alert">
      <span aria-hidden="true" className="sim-notice-icon">⚠</span>
      <div>
        <p>{t(noticeOf[status.recovery])}</p>
        {corrupt && <button type="button" className="sim-button sim-secondary" onClick={() => { setDismissed(true); void getPortal().acknowledgeRecovery(); }}>{t('sim.dismiss')}</button>}
      </div>
    </div>
  );
}
