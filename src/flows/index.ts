/**
 * The portal's flows: the one list. Every registry (the try-it panels and their needs, first
 * screens and figures, the simulator's routes, Show me's routes, practice's machine types) is
 * derived from it, so a flow is added here and in its own folder (src/flows/README.md).
 * The order is the portal menu's.
 */
import type { AnyStateMachine } from 'xstate';
import acceptInvitation from './accept-invitation/flow';
import associateDomain from './associate-domain/flow';
import { hasPanel, type MachinePart, type PanelPart, type RoutePart, type ShowMeRoute } from './descriptor';
import inviteUsers from './invite-users/flow';
import manageUsers from './manage-users/flow';
import myProfile from './my-profile/flow';
import partnerConsole from './partner-console/flow';
import resendRequest from './resend-request/flow';
import signIn from './sign-in/flow';
import signOut from './sign-out/flow';
import workAccount from './work-account/flow';

export const flows = [
  signIn,
  signOut,
  resendRequest,
  acceptInvitation,
  myProfile,
  workAccount,
  manageUsers,
  inviteUsers,
  associateDomain,
  partnerConsole,
] as const;

type Flow = (typeof flows)[number];

/** The guide sections with a try-it panel. */
export type PanelSection = Extract<Flow['panel'], PanelPart>['section'];

/** The guide's figures, by name (`<ScreenFigure screen="…" />`). */
export type FigureName = Flow['figures'][number];

/** The flows that have a try-it panel, with it. */
export const panelFlows = flows.filter(hasPanel);

export function panelOf(section: PanelSection): PanelPart {
  const found = panelFlows.find((candidate) => candidate.panel.section === section);
  if (!found) throw new Error(`no flow has the ${section} panel`);
  return found.panel;
}

export function isPanelSection(name: string): name is PanelSection {
  return panelFlows.some((candidate) => candidate.panel.section === name);
}

/** The simulator's routes, in menu order. */
export const routes: readonly RoutePart[] = flows.flatMap((candidate): RoutePart[] => (candidate.route ? [candidate.route] : []));

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (intersection: infer I) => void ? I : never;
type MachineParts = UnionToIntersection<Flow['machines']>;

/** Every flow's machines by practice's names for them, as types (no machine is loaded). */
export type FlowMachines = { readonly [K in keyof MachineParts]: MachineParts[K] extends MachinePart<infer M extends AnyStateMachine> ? M : never };

/** Show me's route to each machine's screen (machines whose screen is open already, or opened by their view, have none). */
export const showMeRoutes: Readonly<Partial<Record<keyof FlowMachines, ShowMeRoute>>> = Object.fromEntries(
  flows.flatMap((candidate) => Object.entries(candidate.machines as Readonly<Record<string, MachinePart>>).flatMap(([id, part]) => (part.showMe ? [[id, part.showMe]] : []))),
);
