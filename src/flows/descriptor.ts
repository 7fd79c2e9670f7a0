/**
 * What a flow's `flow.ts` says about it, once: the registries (try-it panels, their needs and
 * first screens, figures, the simulator's routes, Show me's routes, practice's machines) are
 * derived from these descriptors (`src/flows/index.ts` lists them). A descriptor is data and
 * `() => import(…)` loaders only, so the browser code that reads it loads no flow until asked.
 * Every part is required; a flow without one says so with `null`.
 */
import type { ComponentType } from 'react';
import type { AnyStateMachine } from 'xstate';
import type { Permission } from '../domain/permissions';
import type { SectionId } from '../guide/sections';
import type { Locale } from '../i18n/locales';
import type { SimKey, SimTranslate } from '../i18n/sim';
import type { Island } from '../islands/mount';
import type { PanelNeed } from '../islands/panels/setup/needs';
import type { SessionView } from '../store';

/** Show me's way to a machine's screen: the simulator route to open, from the step's input. */
export type ShowMeRoute = (input: Readonly<Record<string, unknown>>) => string;

/**
 * One machine of the flow, by its module in the flow's folder. `M` carries the machine's type
 * only (`machine<typeof x>(…)`), so practice's typed steps are derived without loading machines.
 */
export interface MachinePart<M extends AnyStateMachine = AnyStateMachine> {
  readonly module: string;
  /** The simulator route Show me opens before it drives the machine; `null`: its screen is open already, or its view opens it. */
  readonly showMe: ShowMeRoute | null;
  /** Type only: never set. */
  readonly machineType?: M;
}

/** @example machine<typeof signInMachine>('signInMachine', () => '') */
export function machine<M extends AnyStateMachine>(module: string, showMe: ShowMeRoute | null): MachinePart<M> {
  return { module, showMe };
}

/** What a route's view gets: the page's language and texts, the session, and the route's parameter (`accept/<token>`). */
export interface RouteViewProps {
  readonly locale: Locale;
  readonly t: SimTranslate;
  readonly session: SessionView | null;
  readonly param: string;
}

export type RouteView = ComponentType<RouteViewProps>;

/** A screen of the simulated portal at `#/<path>` (or `#/<path>/<param>`). */
export interface RoutePart {
  readonly path: string;
  /** `true`: the route is `path/<param>` only (the invitation's token); the view gets it decoded. */
  readonly param?: boolean;
  /** Who sees it: signed in (with `permission`, if any), signed out, or anyone (an invitation link). */
  readonly session: 'signedIn' | 'signedOut' | 'any';
  readonly permission?: Permission;
  /** Its link in the portal's menu, as the menu's words (`null`: no menu link, e.g. the user menu opens it). */
  readonly menu: readonly SimKey[] | null;
  readonly view: () => Promise<{ readonly default: RouteView }>;
}

/**
 * The try-it panel of a guide section. `firstScreen`: what the page shows before its code
 * arrives: the sign-in form with this form id, the flow's own `firstPaint.tsx` (`'own'`), or
 * the waiting line (`null`).
 */
export interface PanelPart {
  readonly section: SectionId;
  readonly load: () => Promise<{ readonly default: Island }>;
  readonly need: PanelNeed | null;
  readonly firstScreen: { readonly signInForm: string } | 'own' | null;
}

export interface FlowDescriptor {
  /** The flow's folder under `src/flows/`. */
  readonly name: string;
  /** Its machines, by practice's names for them (each machine's XState id). */
  readonly machines: Readonly<Record<string, MachinePart>>;
  /** The module that joins machine and screen (a component or a hook); `null`: the panel is the whole flow. */
  readonly view: string | null;
  /** Its pure screens (`*Screen.tsx`), rendered by the view and at build time. */
  readonly screens: readonly string[];
  readonly route: RoutePart | null;
  /** Its try-it panel, or why it has none. */
  readonly panel: PanelPart | { readonly none: string };
  /** The guide figures its `figures.tsx` draws (`<ScreenFigure screen="…" />`). */
  readonly figures: readonly string[];
}

/** Checks a descriptor's shape where it is written and keeps its literal types for the derived registries. */
export function flow<const D extends FlowDescriptor>(descriptor: D): D {
  return descriptor;
}

/** Narrows a descriptor's panel to a panel. */
export function hasPanel<F extends FlowDescriptor>(flow: F): flow is F & { readonly panel: PanelPart } {
  return 'section' in flow.panel;
}
