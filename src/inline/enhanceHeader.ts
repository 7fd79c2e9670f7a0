/**
 * The only script a guide page runs before the visitor interacts. Astro inlines it (it is
 * small and imports nothing), so no JavaScript file is fetched until search is opened.
 */
export function enhanceHeader(): void {
  // Section ids are the same in every locale: switching language keeps the section.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
    link.addEventListener('click', () => {
      if (location.hash) link.hash = location.hash;
    });
  }
  const trigger = document.querySelector<HTMLElement>('[data-search-open]');
  const url = trigger?.dataset['searchOpen'];
  if (!url) return;
  const openSearch = (opener: HTMLElement) => {
    // A variable specifier keeps the bundler from pulling the search code into this page.
    import(/* @vite-ignore */ url).then((module: { openSearch(opener: HTMLElement): void }) => module.openSearch(opener));
  };
  for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    button.addEventListener('click', () => openSearch(button));
  }
  addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable]');
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      openSearch(trigger as HTMLElement);
    }
  });
}
