import { isPanelSection, panelFlows, type PanelSection } from '../../flows';
import type { PanelPart } from '../../flows/descriptor';

/**
 * The guide's try-it panels, by the section they sit in (`<TryIt section="roles" />`), from the
 * flows' descriptors. Each loads with its first mount: a page with the roles panel does not
 * fetch the invitation forms.
 */
export const panels = Object.fromEntries(panelFlows.map(({ panel }) => [panel.section, panel.load])) as Readonly<Record<PanelSection, PanelPart['load']>>;

export { isPanelSection, type PanelSection };
