import { lazy, type LazyExoticComponent } from 'react';
import { routes } from '../flows';
import type { RoutePart, RouteView } from '../flows/descriptor';
import { sessionMay } from '../machines/session';
import type { SessionView } from '../store';
import { decoded } from '../domain/text';

/** A flow's route, with its view loaded on first use (`React.lazy`): opening the portal loads no flow it does not show. */
export interface PortalRoute extends RoutePart {
  readonly View: LazyExoticComponent<RouteView>;
}

/** The simulator's routes, from the flows' descriptors, in menu order. */
export const portalRoutes: readonly PortalRoute[] = routes.map((route) => ({ ...route, View: lazy(route.view) }));

/** The route a #fragment (`accept/<token>`) names, with its decoded parameter; `undefined` when no flow has it. */
export function matchRoute(fragment: string): { readonly route: PortalRoute; readonly param: string } | undefined {
  for (const route of portalRoutes) {
    if (!route.param && fragment === route.path) return { route, param: '' };
    const prefix = `${route.path}/`;
    if (route.param && fragment.startsWith(prefix) && fragment.length > prefix.length) return { route, param: decoded(fragment.slice(prefix.length)) };
  }
  return undefined;
}

/** Whether this session may see the route (signed in, with its permission if it names one). */
export function mayOpen(route: RoutePart, session: SessionView): boolean {
  return route.session !== 'signedOut' && (!route.permission || sessionMay(session, route.permission));
}
