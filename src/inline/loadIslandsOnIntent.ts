/** A panel island as the loader leaves it for `islands/mount.tsx`. */
export interface WakingIsland extends HTMLElement {
  /** The button or link the reader clicked while the panel's code was loading: clicked again once it has started. */
  heldClick?: Element;
}

/**
 * What says a reader means to use a panel: a pointer over it, focus or a key in it, a touch, or a
 * choice changed in it (assistive technology and autofill can set a value without focusing it).
 */
const intents = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'change'] as const;

/**
 * Starts the guide's try-it panels at the first sign of intent inside one, in a few hundred
 * bytes of inline script (Astro's own island loader is about 4 KB, and the site's hash CSP keeps
 * inline scripts under 1 KB). Not on scroll: a guide page fetches no JavaScript file until the
 * reader turns to a panel. The panel's first screen is already in the HTML; until its code has
 * mounted (`data-started`), a click on its buttons or links and a form's submit do nothing but
 * are remembered, so the click that woke the panel acts once, on the live screen. If the code
 * cannot load, the panel says so in its place (`data-failed`).
 */
export function loadIslandsOnIntent(): void {
  // One load per module: the partners page's message builder has its own, beside any panel's.
  const modules = new Map<string, Promise<{ mountPanel(element: HTMLElement): void }>>();
  for (const island of document.querySelectorAll<WakingIsland>('[data-island][data-module]')) {
    const panel = island.closest('section') ?? island;
    const start = () => {
      for (const type of intents) panel.removeEventListener(type, start);
      // A variable specifier keeps the bundler from pulling the panels into this page.
      const url = island.dataset['module'] ?? '';
      const module = modules.get(url) ?? import(/* @vite-ignore */ url);
      modules.set(url, module);
      // If the code cannot load, the panel says so (the page wrote the sentence) instead of staying inert.
      void module.then((panels) => panels.mountPanel(island), () => {
        const alert = document.createElement('p');
        alert.setAttribute('role', 'alert');
        alert.textContent = island.dataset['failed'] ?? '';
        island.replaceChildren(alert);
      });
    };
    for (const type of intents) panel.addEventListener(type, start, { passive: true });
    const hold = (event: Event) => {
      const target = event.target instanceof Element && event.target.closest('a[href],button,[type=submit]');
      if (island.hasAttribute('data-started') || (event.type === 'click' && !target)) return;
      event.preventDefault();
      if (target) island.heldClick = target;
    };
    island.addEventListener('click', hold, true);
    island.addEventListener('submit', hold, true);
  }
}
