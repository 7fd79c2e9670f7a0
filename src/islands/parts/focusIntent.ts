/**
 * Where the learner last acted, for moving focus only where it helps: a new step's heading takes
 * focus after the learner did something in its island, never on page load or in a panel the
 * learner is not using.
 */

// The island the learner last pressed a key or pointer in (kept as the island, not the element:
// the element pressed, a link say, is often gone once the step it opened renders).
let lastIsland: Element | null = null;
if (typeof document !== 'undefined') {
  const remember = (event: Event) => {
    lastIsland = event.target instanceof Element ? event.target.closest('[data-island]') : null;
  };
  document.addEventListener('keydown', remember, { capture: true });
  document.addEventListener('pointerdown', remember, { capture: true });
}

/**
 * Whether a new step's heading may take focus: only after the learner did something, never on
 * page load, and on a guide page only for the panel they are using (a panel coming into view
 * while they scroll must not pull focus away). The simulator page's islands work together (the
 * mailbox's link opens the portal's page), so there any island's action counts.
 */
export function mayMoveFocus(heading: HTMLElement): boolean {
  const island = heading.closest('[data-island]');
  if (!lastIsland || !island) return false;
  return island.hasAttribute('data-module') ? island === lastIsland : true;
}
