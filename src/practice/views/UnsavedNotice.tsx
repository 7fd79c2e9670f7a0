import { createPortal } from 'react-dom';
import type { SimTranslate } from '../../i18n/sim';
import type { SessionView } from '../session/practiceSession';

/**
 * The simulator's own notice, in its own words, when this browser stopped keeping the work
 * (storage full or blocked): the scenario goes on in this page, and the trainee knows it is not kept.
 */
export function UnsavedNotice({ kept, sim }: { kept: SessionView['kept']; sim: SimTranslate }) {
  if (kept === 'kept') return null;
  // Above the simulator, where a phone shows it first, not below the portal in the side column.
  const slot = document.querySelector('[data-practice-unsaved]');
  const notice = (
    <div className="sim-notice sim-notice-warning" role="alert">
      <span aria-hidden="true" className="sim-notice-icon">⚠</span>
      <p>{sim(kept === 'unavailable' ? 'notice.store.unavailable' : 'notice.store.unsaved')}</p>
    </div>
  );
  return slot ? createPortal(notice, slot) : notice;
}
