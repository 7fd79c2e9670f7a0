/**
 * `client:visible` for the guide's try-it panels, in a few hundred bytes of inline script
 * (Astro's own island loader is about 4 KB, and the site's hash CSP keeps inline scripts under
 * 1 KB): when a panel comes into view, its module (`data-module`) is imported once and mounts it.
 */
export function loadIslandsWhenVisible(): void {
  const islands = document.querySelectorAll<HTMLElement>('[data-island][data-module]');
  let module: Promise<{ mountPanel(element: HTMLElement): void }> | undefined;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const element = entry.target as HTMLElement;
      observer.unobserve(element);
      // A variable specifier keeps the bundler from pulling the panels into this page.
      module ??= import(/* @vite-ignore */ element.dataset['module'] ?? '');
      void module.then((panels) => panels.mountPanel(element));
    }
  });
  for (const island of islands) observer.observe(island);
}
