import { useEffect, useRef, useState } from 'react';
import { example } from '../config/exampleData';
import type { SimTranslate } from '../i18n/sim';
import { localStorageOrNull } from '../store/localStorageOrNull';
import { readScenarioLinks } from './parts/scenarioLinks';
import { IntroCardScreen, IntroScenarioLinks, type IntroPersona } from './screens/IntroCardScreen';

/** Where this browser remembers that the reader hid the introduction (apart from the practice data: a reset keeps it). */
export const INTRO_HIDDEN_KEY = 'business-center-help:simulator-intro-hidden';
/** The same for the practice pages' card of Contoso's details: hiding one never hides the other. */
export const DETAILS_HIDDEN_KEY = `${INTRO_HIDDEN_KEY}:practice`;

/** Storage may be blocked (private mode, settings): then the choice lasts as long as the page. */
function readHidden(key: string): boolean {
  try {
    return localStorageOrNull()?.getItem(key) === 'true';
  } catch {
    return false;
  }
}

function rememberHidden(key: string, hidden: boolean): void {
  try {
    const storage = localStorageOrNull();
    if (hidden) storage?.setItem(key, 'true');
    else storage?.removeItem(key);
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
export function IntroCard({ t, detailsOnly = false, persona }: { t: SimTranslate; detailsOnly?: boolean; persona?: IntroPersona | undefined }) {
  const key = detailsOnly ? DETAILS_HIDDEN_KEY : INTRO_HIDDEN_KEY;
  const [hidden, setHidden] = useState(() => readHidden(key));
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
    rememberHidden(key, next);
    setHidden(next);
  };
  if (hidden) {
    return <p className="sim-intro-show"><button type="button" ref={showButton} className="sim-button sim-secondary" onClick={() => choose(false)}>{t(detailsOnly ? 'sim.intro.factsShow' : 'sim.intro.show')}</button></p>;
  }
  return <IntroCardScreen t={t} person={person} persona={persona} headingRef={heading} onHide={() => choose(true)} detailsOnly={detailsOnly} scenarioLinks={!detailsOnly && links && <IntroScenarioLinks links={links} />} />;
}
