/**
 * `npm start`'s server (scripts/serve.mjs) left running: hostile and malformed requests each get
 * an answer (a status, never the files written for hosts nor anything outside the build) and
 * it keeps serving, with the headers the build declares in `_headers`. Runs over `dist/` in
 * `npm run test:dist` and over `dist-base/` under /help/ in `npm run test:base`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBase } from '../../src/config/base';
import { headersFor } from '../support/headersFile';
import { rawRequest } from '../support/rawRequest';
import { distDir, siteBase } from '../support/site';

const notFoundPage = readFileSync(join(distDir, '404.html'));
const at = (path: string) => withBase(path, siteBase);
/** The first file the build wrote in a folder (precompressed copies aside). */
const firstFileIn = (folder: string) => `${folder}${readdirSync(join(distDir, folder)).find((name) => !/\.(br|gz)$/.test(name))}`;

/** Starts serve.mjs as `npm run serve` does; resolves with the port it says it listens on. */
function startServer(args: string[], env: Record<string, string> = {}): Promise<{ server: ChildProcess; port: number }> {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', distDir, '--base', siteBase, ...args], { cwd: join(import.meta.dirname, '..', '..'), env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    server.stderr.on('data', (data: Buffer) => reject(new Error(data.toString())));
    server.stdout.on('data', (data: Buffer) => {
      const port = /http:\/\/localhost:(\d+)\//.exec(data.toString())?.[1];
      if (port) resolve({ server, port: Number(port) });
    });
  });
}

let server: ChildProcess;
let port: number;
beforeAll(async () => {
  // PORT picks the port (`PORT=8080 npm start`); 0 lets the system pick a free one.
  ({ server, port } = await startServer([], { PORT: '0' }));
});
afterAll(() => {
  server.kill();
});

describe('serve.mjs, the server of npm start', () => {
  it('answers malformed, traversing and oversized requests with a status, then keeps serving the site', async () => {
    const hostile: (string | Buffer)[] = [
      '/%',
      at('/%'),
      at('/en/%C0%AE%C0%AE/'),
      at('/en/%c0%ae%c0%ae/%c0%ae%c0%ae/_headers'),
      at('/%2e%2e/%2e%2e/%2e%2e/etc/passwd'),
      at('/en/..%2f..%2f_headers'),
      at('/en/%252e%252e/%252e%252e/_headers'),
      at('/en/..\\..\\_headers'),
      at('/en/%5c..%5c..%5c_headers'),
      `${siteBase}../../../../etc/passwd`,
      `${siteBase}en/../_nginx/csp.conf`,
      `/${'/'.repeat(3)}etc/passwd`,
      at('/en/roles/index.html%00.txt'),
      Buffer.from(`${at('/en/')}\0`),
      at(`/${'a'.repeat(65_536)}/`),
      at('/go/roles%E0%A4/'),
      'http://evil.example/etc/passwd',
    ];
    for (const target of hostile) {
      const label = target.toString().slice(0, 80);
      const answer = await rawRequest(port, target);
      // 400 and 431 come from Node's parser (a NUL byte, 64 KB of path); the rest is the site's 404.
      expect([400, 404, 431], label).toContain(answer.status);
      if (answer.status === 404) expect(answer.body.equals(notFoundPage), label).toBe(true);
      expect(answer.body.toString(), label).not.toMatch(/root:|Content-Security-Policy:|add_header/);
    }
    // A static site takes nothing: any other method is refused, and the server carries on.
    expect((await rawRequest(port, at('/en/'), 'DELETE')).status).toBe(405);
    const home = await rawRequest(port, at('/en/'));
    expect(home.status).toBe(200);
    expect(home.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    expect(home.headers['referrer-policy']).toBe('same-origin');
  });

  it('refuses the files written for hosts with the site’s 404 page, in any spelling', async () => {
    for (const path of ['/_headers', '/%5Fheaders', '/_nginx/csp.conf', '/_nginx/', '/%5fnginx/csp.conf'].map(at)) {
      const answer = await rawRequest(port, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.equals(notFoundPage), path).toBe(true);
    }
  });

  it('sends each file with the headers dist/_headers declares for its path, and revalidation where it declares no caching', async () => {
    const paths = ['/en/roles/', '/ja/simulator/', '/_islands/guide.js', firstFileIn('/_astro/'), firstFileIn('/_islands/chunks/'), firstFileIn('/pagefind/fragment/'), '/pagefind/pagefind-entry.json'].map(at);
    for (const path of paths) {
      const answer = await rawRequest(port, path);
      expect(answer.status, path).toBe(200);
      const declared = headersFor(path);
      expect(Object.keys(declared).length, path).toBeGreaterThan(2);
      for (const [name, value] of Object.entries(declared)) expect(answer.headers[name], `${name} of ${path}`).toBe(value);
      expect(answer.headers['cache-control'], path).toBe(declared['cache-control'] ?? 'no-cache');
    }
    const missing = await rawRequest(port, at('/_astro/no-such-chunk.js'));
    expect(missing.status).toBe(404);
    // A missing hashed file is not cached for a year: it may be published later.
    expect(missing.headers['cache-control']).toBe('no-cache');
    expect(missing.headers['content-security-policy']).toBe(headersFor(at('/en/'))['content-security-policy']);
  });

  it('answers a folder without a page with the 404 page, and redirects a folder asked for without its slash', async () => {
    for (const path of ['/_astro/', '/qr/', '/go/', '/pagefind/'].map(at)) {
      const answer = await rawRequest(port, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.equals(notFoundPage), path).toBe(true);
    }
    const folder = await rawRequest(port, `${at('/en/roles')}?from=partner`);
    expect(folder.status).toBe(301);
    expect(folder.headers['location']).toBe(`${at('/en/roles/')}?from=partner`);
    if (siteBase !== '/') {
      expect((await rawRequest(port, siteBase.replace(/\/$/, ''))).headers['location']).toBe(siteBase);
      // Outside the base path there is no site.
      expect((await rawRequest(port, '/en/')).status).toBe(404);
    }
  });

  it('listens on the port of --port, which wins over PORT', async () => {
    const { server: other, port: chosen } = await startServer(['--port', '0'], { PORT: '1' });
    try {
      expect(chosen).not.toBe(1);
      expect((await rawRequest(chosen, at('/en/'))).status).toBe(200);
    } finally {
      other.kill();
    }
  });
});
