/**
 * The practice links of the simulator page's introduction card. The page writes them at build
 * time (`layouts/SimulatorLayout.astro`, `data-scenario-links`): the scenarios' titles are
 * filled from the glossary, which only the build has, and the island gets no text it would have
 * to load. A page without them (a practice page, which shows the same portal) shows no links.
 */
export interface ScenarioLink {
  readonly href: string;
  readonly title: string;
}

export interface ScenarioLinks {
  /** One sentence that says what a practice scenario is. */
  readonly lead: string;
  /** The first scenarios in the guide's order. */
  readonly scenarios: readonly ScenarioLink[];
  /** The list of every scenario. */
  readonly all: { readonly href: string; readonly text: string };
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isLink = (value: unknown, text: 'title' | 'text'): boolean =>
  typeof value === 'object' && value !== null && isText((value as Record<string, unknown>)['href']) && isText((value as Record<string, unknown>)[text]);

/**
 * The links as the page wrote them, or undefined when it wrote none or something unreadable
 * (then the card simply has no links, rather than a broken one).
 * @example parseScenarioLinks(undefined) // undefined
 */
export function parseScenarioLinks(json: string | undefined): ScenarioLinks | undefined {
  if (!json) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { lead, scenarios, all } = value as Record<string, unknown>;
  if (!isText(lead) || !Array.isArray(scenarios) || !scenarios.every((link) => isLink(link, 'title')) || !isLink(all, 'text')) return undefined;
  return value as ScenarioLinks;
}

/** What this page wrote for the card (read once, when the card first renders). */
export function readScenarioLinks(): ScenarioLinks | undefined {
  return parseScenarioLinks(document.querySelector<HTMLElement>('[data-scenario-links]')?.dataset['scenarioLinks']);
}
