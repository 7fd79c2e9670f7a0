// Serves the built site (dist/) on http://localhost:4321 as a static host would, with the headers
// the build declares in dist/_headers (scripts/serve/). Under --base /help/ (a build made with
// BASE_PATH=/help/) the site answers under /help/ only, as a host publishing it there would.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist] [--base /help/]   (or PORT=8080)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createSiteServer } from './serve/siteServer.mjs';

/** @param {string} message */
function fail(message) {
  console.error(`serve: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } } });
const root = resolve(values.dir);
const trimmed = values.base.replace(/^\/+|\/+$/g, '');
const base = trimmed ? `/${trimmed}/` : '/';
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`"${values.port}" is not a port: give a number, e.g. --port 8080 or PORT=8080.`);
if (!existsSync(join(root, '_headers'))) fail(`${root} has no build in it (no _headers): run \`npm run build\` first.`);

const server = createSiteServer({ root, base });
server.on('error', (error) => {
  if ('code' in error && error.code === 'EADDRINUSE') fail(`port ${port} is taken: pick another with PORT=8080 npm start, or npm run serve -- --port 8080.`);
  fail(error.message);
});
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  console.log(`Business Center Help: http://localhost:${listening}${base} (serving ${root}; Ctrl+C to stop)`);
});
