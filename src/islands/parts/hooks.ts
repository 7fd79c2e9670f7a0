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
