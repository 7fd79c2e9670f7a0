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

/** The simulator's screen, from the address's #fragment (`#/accept/<token>`, `#/profile`). */
export function useRoute(): string {
  const [route, setRoute] = useState(() => (typeof location === 'undefined' ? '' : routeOf(location.hash)));
  useEffect(() => {
    const update = () => setRoute(routeOf(location.hash));
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

function routeOf(hash: string): string {
  return hash.startsWith('#/') ? hash.slice(2) : '';
}

/** Goes to a screen of the simulator. @example go('profile') */
export function go(route: string): void {
  location.hash = `#/${route}`;
}

let armed = false;
if (typeof document !== 'undefined') {
  const arm = () => {
    armed = true;
  };
  document.addEventListener('keydown', arm, { capture: true, once: true });
  document.addEventListener('pointerdown', arm, { capture: true, once: true });
}

/** Whether focus may move: only after the learner did something, never on page load. */
export function mayMoveFocus(): boolean {
  return armed;
}
