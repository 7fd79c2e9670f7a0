// Serves the built site (dist/) on http://localhost:4321, as any static host would:
// directory URLs get their index.html, and a missing path gets 404.html with status 404.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, dir: { type: 'string', default: 'dist' } } });
const root = resolve(values.dir);
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon',
};

async function resolveFile(urlPath) {
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
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && (await stat(join(root, url.pathname)).catch(() => undefined))?.isDirectory()) {
    response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = await resolveFile(url.pathname);
  const status = file ? 200 : 404;
  const body = await readFile(file ?? join(root, '404.html')).catch(() => 'Not found');
  response.writeHead(status, { 'content-type': types[file ? extname(file) : '.html'] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  response.end(body);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Business Center Help: http://localhost:${values.port}/ (serving ${root}; Ctrl+C to stop)`);
});
