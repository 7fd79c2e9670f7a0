import { useEffect, useRef, useState } from 'react';
import { getPortal, type PortalApi } from '../../store';

/**
 * Asks the page's one portal and asks again after every change, in this tab or another: every
 * island stays in step with the store. `undefined` until the first answer.
 * @example const session = usePortalData((portal) => portal.getSession());
 */
export function usePortalData<T>(load: (portal: PortalApi) => Promise<T>, deps: readonly unknown[] = []): T | undefined {
  const [data, setData] = useState<T>();
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    const portal = getPortal();
    let live = true;
    let asked = 0;
    const refresh = () => {
      const ticket = ++asked;
      void loadRef.current(portal).then((value) => {
        if (live && ticket === asked) setData(value);
      });
    };
    refresh();
    const unsubscribe = portal.subscribe(refresh);
    return () => {
      live = false;
      unsubscribe();
    };
  }, deps);
  return data;
}

// The island the learner last pressed a key or pointer in (kept as the island, not the element:
// the element pressed, a link say, is often gone once the step it opened renders).
let lastIsland: Element | null = null;
if (typeof document !== 'undefined') {
  const remember = (event: Event) => {
    lastIsland = event.target instanceof Element ? event.target.closest('[data-island]') : null;
  };
  document.addEventListener('keydown', remember, { capture: true });
  document.addEventListener('pointerdown', remember, { capture: true });
}

/**
 * Whether a new step's heading may take focus: only after the learner did something, never on
 * page load, and on a guide page only for the panel they are using (a panel coming into view
 * while they scroll must not pull focus away). The simulator page's islands work together (the
 * mailbox's link opens the portal's page), so there any island's action counts.
 */
export function mayMoveFocus(heading: HTMLElement): boolean {
  const island = heading.closest('[data-island]');
  if (!lastIsland || !island) return false;
  return island.hasAttribute('data-module') ? island === lastIsland : true;
}
