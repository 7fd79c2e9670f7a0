import { useState } from 'react';
import { getPortal } from '../../store';
import type { SimTranslate } from '../../i18n/sim';
import { usePortalData } from './hooks';

/**
 * Says so when the saved data had to be replaced (unreadable) or cannot be saved at all
 * (storage blocked): the simulator keeps working from the start, never a blank page.
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
        <p>{t(corrupt ? 'notice.store.recovered' : 'notice.store.unavailable')}</p>
        {corrupt && <button type="button" className="sim-button sim-secondary" onClick={() => { setDismissed(true); void getPortal().acknowledgeRecovery(); }}>{t('sim.dismiss')}</button>}
      </div>
    </div>
  );
}
