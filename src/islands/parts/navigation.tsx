import { createContext, useContext, useEffect, useMemo, useState, type MouseEvent, type ReactNode, type Ref } from 'react';

/**
 * Where a simulated portal is, and how to move. On the simulator page the screen is the
 * address's #fragment (`#/accept/<token>`), so links work in new tabs and across islands (the
 * mailbox's "Get started now" opens the portal's accept page). A try-it panel in the guide
 * cannot use the fragment (it names the guide's sections), so it keeps its screen in React
 * state, and its links point at the same screen on the simulator page.
 */
export interface Navigation {
  readonly route: string;
  go(route: string): void;
  /** The address a link to `route` shows (and opens in a new tab). */
  href(route: string): string;
  /** Whether a click on such a link is handled in the page (a panel) rather than by the browser. */
  readonly local: boolean;
}

function routeOf(hash: string): string {
  return hash.startsWith('#/') ? hash.slice(2) : '';
}

const hashNavigation = (route: string): Navigation => ({
  route,
  go: (next) => {
    location.hash = `#/${next}`;
  },
  href: (next) => `#/${next}`,
  local: false,
});

const NavigationContext = createContext<Navigation | null>(null);

/** The current screen and a way to move: a panel's, or else the page's #fragment. */
export function useNavigation(): Navigation {
  const local = useContext(NavigationContext);
  const [route, setRoute] = useState(() => (typeof location === 'undefined' ? '' : routeOf(location.hash)));
  useEffect(() => {
    if (local) return undefined;
    const update = () => setRoute(routeOf(location.hash));
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, [local]);
  return local ?? hashNavigation(route);
}

/** Screens inside a guide panel: React state, with links to the simulator page's same screen (its first: the page itself). */
export function PanelNavigation({ simulatorUrl, initial = '', children }: { simulatorUrl: string; initial?: string; children: ReactNode }) {
  const [route, setRoute] = useState(initial);
  const value = useMemo<Navigation>(() => ({ route, go: setRoute, href: (next) => (next ? `${simulatorUrl}#/${next}` : simulatorUrl), local: true }), [route, simulatorUrl]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

/** A link to a screen of the simulated portal (moves inside a panel, navigates on the page). */
type RouteLinkProps = { to: string; children: ReactNode; className?: string; current?: boolean; onFollow?: () => void; ref?: Ref<HTMLAnchorElement> };

export function RouteLink({ to, children, className, current, onFollow, ref }: RouteLinkProps) {
  const navigation = useNavigation();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onFollow?.();
    // Modified clicks open the simulator page in a new tab, as any link would.
    if (!navigation.local || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigation.go(to);
  };
  return <a ref={ref} className={className} href={navigation.href(to)} aria-current={current ? 'page' : undefined} onClick={follow}>{children}</a>;
}

/**
 * A link to a screen of the simulator page that opens in a new tab, from the page or a panel
 * alike: for reading aside (the practice terms) without leaving a half-filled form. `newTab` is
 * said to screen readers; sighted readers see the arrow.
 */
export function NewTabLink({ to, newTab, children }: { to: string; newTab: string; children: ReactNode }) {
  const navigation = useNavigation();
  return (
    <a href={navigation.href(to)} target="_blank" rel="noopener">
      {children}<span className="sim-visually-hidden"> {newTab}</span><span aria-hidden="true"> ↗</span>
    </a>
  );
}
