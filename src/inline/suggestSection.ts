import { decoded } from '../domain/text';
import { nearestSections } from './nearestSection';

/**
 * On the 404 page, for a mistyped partner link (`/go/<typo>/`): shows each language's
 * "Were you looking for…" line with the nearest sections, taken from that language's list of
 * sections on the page (`a[data-section]`), so their titles are in the reader's language.
 */
export function suggestSection(): void {
  // Under a base path (BASE_PATH=/help/) the short link is /help/go/<typo>/.
  const typo = new RegExp(`^${import.meta.env.BASE_URL.replace(/\/?$/, '/')}go/([^/]+)/?$`).exec(location.pathname)?.[1];
  if (!typo) return;
  for (const block of document.querySelectorAll<HTMLElement>('[data-suggest]')) {
    const links = [...(block.parentElement?.querySelectorAll<HTMLAnchorElement>('a[data-section]') ?? [])];
    const nearest = nearestSections(decoded(typo), links.map((link) => link.dataset['section'] ?? ''));
    const list = block.querySelector('ul');
    if (!list || nearest.length === 0) continue;
    for (const id of nearest) {
      const item = document.createElement('li');
      item.append(links.find((link) => link.dataset['section'] === id)!.cloneNode(true));
      list.append(item);
    }
    block.hidden = false;
  }
}
