/**
 * What a host sends with the site's files, besides the files: the security headers and the
 * caching of files that never change. `deploy/nginx.conf` sends the same values (written
 * there by hand, so that the file reads as a plain server configuration); the nginx test
 * (`test/host/`) compares its answers with the `_headers` file written from these.
 */

/** Sent with every response. */
export const securityHeaders = {
  // Links to other sites tell them nothing; our own server logs still see the page a visitor came from.
  'Referrer-Policy': 'same-origin',
  // A file is only ever what its Content-Type says (a JSON or text file never runs as a script).
  'X-Content-Type-Options': 'nosniff',
  // The site uses none of these; no script on it (or injected into it) may ask for them.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
} as const;

/** Browsers ignore `frame-ancestors` in a meta element: only the header can forbid framing the site. */
export const frameAncestors = "frame-ancestors 'none'";

/** The header's policy: the pages' own (their meta element), plus what only a header can say. */
export const headerPolicy = (sitePolicy: string): string => `${sitePolicy}; ${frameAncestors}`;

/**
 * Folders whose every file is named by a hash of its content (Astro's `_astro/`, the browser
 * modules' shared chunks, Pagefind's fragments and index chunks): a change gets a new name, so
 * a cached copy is never stale. Everything else (pages, the entry modules `/_islands/guide.js`
 * and `/_search/client.js`, Pagefind's entry files) keeps its name across releases: revalidated.
 */
export const hashedFolders = ['/_astro/', '/_islands/chunks/', '/pagefind/fragment/', '/pagefind/index/'] as const;

export const immutableCaching = 'public, max-age=31536000, immutable';

/** nginx answers `no-cache` for the rest: keep a copy, but ask (ETag, Last-Modified) before using it. */
export const revalidateCaching = 'no-cache';
