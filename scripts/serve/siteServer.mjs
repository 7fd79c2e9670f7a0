// The built site served as a static host serves it: a folder's address gets its index.html, a
// folder asked for without its slash redirects to it, anything else missing gets 404.html with
// the status 404, and every answer carries the headers the build declares in `_headers`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { loadHeaders } from './headersFile.mjs';
import { pathInBuild } from './resolvePath.mjs';

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon',
};
const typeOf = (/** @type {string} */ file) => types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream';

/** @param {string} path */
const statOf = (path) => stat(path).catch(() => undefined);

/**
 * What answers a request: a file of the build, a redirect, or the 404 page.
 * @param {string} root
 * @param {string} target the request's target as sent
 * @param {string} base
 * @returns {Promise<{ file: string, urlPath: string } | { location: string, urlPath: string } | undefined>}
 */
async function answerOf(root, target, base) {
  const path = pathInBuild(target, base);
  if (!path) return undefined;
  // The decoded address: what `_headers` rules are matched against (`/%5Fastro/` is `/_astro/`).
  const urlPath = `${base}${path.segments.join('/')}${path.folder && path.segments.length > 0 ? '/' : ''}`;
  const file = join(root, ...path.segments);
  const info = await statOf(file);
  if (info?.isFile() && !path.folder) return { file, urlPath };
  if (!info?.isDirectory()) return undefined;
  // Without its slash, relative URLs in the folder's page would resolve one level too high.
  if (!path.folder) {
    const [pathname, query] = target.split(/\?(.*)/s);
    return { location: `${pathname}/${query === undefined ? '' : `?${query}`}`, urlPath };
  }
  const index = join(file, 'index.html');
  return (await statOf(index))?.isFile() ? { file: index, urlPath } : undefined;
}

/**
 * @param {{ root: string, base: string }} site the build folder, and the base path it was built for (`/` or `/help/`)
 * @returns {import('node:http').Server}
 */
export function createSiteServer({ root, base }) {
  const headersFor = loadHeaders(root);
  const notFound = join(root, '404.html');
  return createServer(async (request, response) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const target = request.url ?? '/';
      const answer = await answerOf(root, target, base);
      if (answer && 'location' in answer) {
        response.writeHead(301, { ...headersFor(answer.urlPath), Location: answer.location }).end();
        return;
      }
      const body = await readFile(answer?.file ?? notFound);
      // The 404 page has the headers of its own address, as on nginx (error_page) and the hosts.
      const headers = headersFor(answer?.urlPath ?? `${base}404.html`);
      response.writeHead(answer ? 200 : 404, { ...headers, 'Content-Type': typeOf(answer?.file ?? notFound), 'Content-Length': body.length });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      // Whatever went wrong, this request gets an answer and the server keeps serving.
      console.error(`serve: ${request.method} ${request.url}:`, error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Internal error');
    }
  });
}
