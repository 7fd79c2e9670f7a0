/**
 * The two files a host reads from the build: `_headers` (Netlify, Cloudflare Pages and other
 * hosts of that format) and `_nginx/csp.conf` (included by `deploy/nginx.conf`). Only the
 * policy changes from build to build (its hashes); the rest comes from `headerRules.ts`.
 */
import { withBase } from '../../config/base';
import { hashedFolders, headerPolicy, immutableCaching, securityHeaders } from './headerRules';

export const headersFileName = '_headers';
export const nginxIncludeName = '_nginx/csp.conf';

const origin = 'Written by `npm run build` (src/integrations/hosting.ts): do not edit.';

/**
 * The `_headers` file for the site whose pages carry `sitePolicy`. Its paths are under the site's
 * base path (`/help/*` for a build with `BASE_PATH=/help/`): a host reads `_headers` at the root of
 * what it publishes, so a site under a base path has its `_headers` moved there (see the README).
 */
export function headersFile(sitePolicy: string, base = '/'): string {
  const everywhere = { 'Content-Security-Policy': headerPolicy(sitePolicy), ...securityHeaders };
  return [
    `# ${origin}`,
    `${base}*`,
    ...Object.entries(everywhere).map(([name, value]) => `  ${name}: ${value}`),
    // No Cache-Control under /*: Cloudflare Pages joins the values of every rule that matches a
    // path, so the one below would become "no-cache, …, immutable". Both hosts' default for the
    // rest is `public, max-age=0, must-revalidate`, which revalidates.
    '# Named by a hash of their content: a new release has new names.',
    ...hashedFolders.flatMap((folder) => [`${withBase(folder, base)}*`, `  Cache-Control: ${immutableCaching}`]),
    '',
  ].join('\n');
}

/** The nginx `add_header` line of the policy, for the server block in `deploy/nginx.conf`. */
export function nginxInclude(sitePolicy: string): string {
  return [
    `# ${origin}`,
    '# nginx reads it when it starts or reloads: reload after publishing a new build.',
    `add_header Content-Security-Policy "${headerPolicy(sitePolicy)}" always;`,
    '',
  ].join('\n');
}
