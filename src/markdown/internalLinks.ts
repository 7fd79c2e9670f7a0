import type { HastPluginDefinition } from 'satteri';
import { normalizeBase, withBase } from '../config/base';

/**
 * Puts the content's own links under the site's base path: a page writes `(/en/roles/#roles)`,
 * the site at `/help/` links `/help/en/roles/#roles`. Only site paths change (`/…`, not `//…`,
 * `#…`, `https:…` or `mailto:…`), so content stays written as if the site were at `/`.
 * The base is given by `astro.config.mjs` (the config is loaded before Vite's `BASE_URL` is set).
 */
export function internalLinks(base: string): HastPluginDefinition {
  const under = normalizeBase(base);
  return {
    name: 'internal-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string' && under !== '/') ctx.setProperty(node, 'href', withBase(href, under));
      },
    },
  };
}
