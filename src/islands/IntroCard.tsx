import { useEffect, useRef, useState } from 'react';
import { example } from '../config/exampleData';
import type { SimTranslate } from '../i18n/sim';
import { readScenarioLinks } from './parts/scenarioLinks';
import { IntroCardScreen, IntroScenarioLinks } from './screens/IntroCardScreen';

/** Where this browser remembers that the reader hid the introduction (apart from the practice data: a reset keeps it). */
export const INTRO_HIDDEN_KEY = 'business-center-help:simulator-intro-hidden';

/** Storage may be blocked (private mode, settings): then the choice lasts as long as the page. */
function readHidden(): boolean {
  try {
    return window.localStorage.getItem(INTRO_HIDDEN_KEY) === 'true';
  } catch {
    return false;
  }
}

function rememberHidden(hidden: boolean): void {
  try {
    if (hidden) window.localStorage.setItem(INTRO_HIDDEN_KEY, 'true');
    else window.localStorage.removeItem(INTRO_HIDDEN_KEY);
  } catch {
    // Not remembered; the card still hides for now.
  }
}

const person = {
  name: example.adminName,
  email: example.adminEmail,
  organization: example.organization,
  agreementNumber: example.agreementNumber,
  purchasingAccountNumber: example.purchasingAccountNumber,
};

/**
 * The simulator page's introduction card, hidden for good in this browser once the reader hides
 * it; a small button brings it back. Read before the first paint of the island, so a hidden card
 * never flashes. A practice tool, not a portal screen: no machine, no store.
 */
export function IntroCard({ t }: { t: SimTranslate }) {
  const [hidden, setHidden] = useState(readHidden);
  const [links] = useState(readScenarioLinks);
  // Focus follows the reader's choice: to the button that brings the card back, or to the card.
  const moved = useRef(false);
  const showButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!moved.current) return;
    (hidden ? showButton.current : heading.current)?.focus();
  }, [hidden]);
  const choose = (next: boolean) => {
    moved.current = true;
    rememberHidden(next);
    setHidden(next);
  };
  if (hidden) {
    return <p className="sim-intro-show"><button type="button" ref={showButton} className="sim-button sim-secondary" onClick={() => choose(false)}>{t('sim.intro.show')}</button></p>;
  }
  return <IntroCardScreen t={t} person={person} headingRef={heading} onHide={() => choose(true)} scenarioLinks={links && <IntroScenarioLinks links={links} />} />;
}
