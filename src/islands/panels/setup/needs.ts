import type { Permission } from '../../../domain/permissions';
import { panelFlows, type PanelSection } from '../../../flows';

/**
 * What the store must hold for a panel's step to be done as the guide describes it:
 * - `administrator`: someone signed in who may do `permission` (any signed-in user if `null`);
 * - `invitation`: Harry's invitation waiting in his mailbox, its link still working;
 * - `signedOut`: the sign-in page, nobody signed in, Harry not registered yet.
 */
export type PanelNeed =
  | { readonly kind: 'administrator'; readonly permission: Permission | null }
  | { readonly kind: 'invitation' }
  | { readonly kind: 'signedOut' };

/** Each panel's need, by section, from its flow's descriptor; `null`: the step uses no practice data (the work-account check). */
export const panelNeeds = Object.fromEntries(panelFlows.map(({ panel }) => [panel.section, panel.need])) as Readonly<Record<PanelSection, PanelNeed | null>>;
