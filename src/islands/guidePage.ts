/**
 * The guide's try-it panels. The page's small inline loader (`inline/loadIslandsOnIntent.ts`)
 * imports this module at the reader's first sign of intent in a panel, then calls `mountPanel`
 * for each panel the reader turns to: a guide page runs no island code before that.
 */
import { loadPanelDictionary } from '../i18n/panels';
import { mountIsland } from './mount';
import { isPanelSection, panels } from './panels';

export function mountPanel(element: HTMLElement): Promise<void> {
  return mountIsland(element, async (name, locale) => {
    if (!isPanelSection(name)) return undefined;
    const [panel] = await Promise.all([panels[name](), loadPanelDictionary(locale)]);
    return panel.default;
  });
}
