/**
 * The base path the site is published under (`BASE_PATH`, Astro's `base`): `/` by default,
 * `/help/` for a site at `https://example.com/help/`. Every internal URL the site writes goes
 * through `withBase`, in pages, components, the MDX content (`markdown/internalLinks.ts`) and the
 * browser modules (built by `integrations/browserBuild.ts` with the same base).
 */

/**
 * A base path with one leading and one trailing slash.
 * @example normalizeBase('help') // '/help/'
 * @example normalizeBase('') // '/'
 */
export function normalizeBase(value: string): string {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

// Vite (Astro, the browser modules, Vitest) sets BASE_URL; a plain Node script has no import.meta.env.
const env = (import.meta as { env?: { BASE_URL?: string } }).env;

/** The site's base path, normalized: `/` or `/help/`. */
export const base = normalizeBase(env?.BASE_URL ?? '/');

/**
 * A site path (starting with `/`) under a base path; anything else (a fragment, another origin, a
 * relative path) as it is.
 * @example withBase('/en/roles/#roles', '/help/') // '/help/en/roles/#roles'
 */
export function withBase(path: string, under: string = base): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${under}${path.slice(1)}`;
}

/**
 * A URL path without the base path (the inverse of `withBase`), for matching it to a route.
 * @example withoutBase('/help/go/roles/', '/help/') // '/go/roles/'
 */
export function withoutBase(path: string, under: string = base): string {
  return path.startsWith(under) ? `/${path.slice(under.length)}` : path;
}
