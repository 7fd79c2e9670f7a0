import type { SimTranslate } from '../../i18n/sim';
import { FocusHeading } from '../parts/FocusHeading';

/**
 * Where the accept page's "terms of use" and "privacy policy" links lead: a screen of the
 * simulator page (`#/terms`), since the practice portal has no such documents and its links
 * must not leave the site. It says so, and what the real links are for.
 */
export const practiceTextsRoute = 'terms';

/** The practice portal's stand-in for its terms of use and privacy policy. */
export function PracticeTextsScreen({ t }: { t: SimTranslate }) {
  return (
    <div className="sim-screen">
      <FocusHeading>{t('accept.practiceHeading')}</FocusHeading>
      <p>{t('accept.practiceText')}</p>
    </div>
  );
}
