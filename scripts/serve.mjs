// Serves the built site (dist/) on http://localhost:4321, as any static host would:
// directory URLs get their index.html, and a missing path gets 404.html with status 404.
// With --base /help/ (a build made with BASE_PATH=/help/) the site answers under /help/ only, as
// a host publishing it there would: any other path is missing.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist] [--base /help/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } } });
const root = resolve(values.dir);
const trimmed = values.base.replace(/^\/+|\/+$/g, '');
const base = trimmed ? `/${trimmed}/` : '/';
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon',
};

/** The path inside the build of a URL path under the base, or undefined outside it. */
function inBuild(urlPath) {
  if (urlPath.startsWith(base)) return `/${urlPath.slice(base.length)}`;
  return undefined;
}

async function resolveFile(urlPath) {
  if (urlPath === undefined) return undefined;
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path);
  if (!file.startsWith(root)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  // A directory without its trailing slash redirects, so relative URLs resolve as on a host.
  const path = inBuild(url.pathname);
  if (`${url.pathname}/` === base) {
    response.writeHead(301, { location: `${base}${url.search}` }).end();
    return;
  }
  if (path !== undefined && !url.pathname.endsWith('/') && !extname(url.pathname) && (await stat(join(root, path)).catch(() => undefined))?.isDirectory()) {
    response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = await resolveFile(path);
  const status = file ? 200 : 404;
  const body = await readFile(file ?? join(root, '404.html')).catch(() => 'Not found');
  response.writeHead(status, { 'content-type': types[file ? extname(file) : '.html'] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  response.end(body);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Business Center Help: http://localhost:${values.port}${base} (serving ${root}; Ctrl+C to stop)`);
});
