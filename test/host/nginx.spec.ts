/**
 * What a visitor's browser gets from nginx with the shipped server block (deploy/nginx.conf):
 * the pages and the 404, the security headers the build wrote to dist/_headers, caching that
 * never serves a stale page, and the precompressed files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { hashedFolders } from '../../src/integrations/hosting/headerRules';
import { headersFor } from '../support/headersFile';
import { rawRequest } from '../support/rawRequest';
import { distDir, fileFor, page, sitePaths } from '../support/site';
import { fetchRaw } from './support/fetchRaw';

const notFoundPage = readFileSync(join(distDir, '404.html'));
const metaPolicy = (path: string) => page(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
/** The first file the build wrote in a folder (precompressed copies aside). */
const firstFileIn = (folder: string) => `${folder}${readdirSync(join(distDir, folder)).find((name) => !/\.(br|gz)$/.test(name))}`;

test('every page answers 200 with its HTML; a folder asked for without its slash redirects to it', async ({ baseURL }) => {
  for (const path of sitePaths().filter((p) => p !== '/404.html')) {
    const response = await fetchRaw(`${baseURL}${path}`);
    expect(response.status, path).toBe(200);
    expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
    expect(response.body.equals(readFileSync(fileFor(path))), path).toBe(true);
  }
  const folder = await fetchRaw(`${baseURL}/en/roles`);
  expect(folder.status).toBe(301);
  expect(folder.headers.location).toBe('/en/roles/');
});

test('a missing address gets the 404 page with the status 404, and so do the files written for hosts and folders without a page', async ({ baseURL }) => {
  const folders = ['/_astro/', '/qr/', '/qr/go/', '/pagefind/', '/_islands/', '/go/'];
  for (const path of ['/en/no-such-page/', '/no-such-file.js', '/_astro/no-such-chunk.js', '/_headers', '/_nginx/csp.conf', ...folders]) {
    const response = await fetchRaw(`${baseURL}${path}`);
    expect(response.status, path).toBe(404);
    expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
    expect(response.body.equals(notFoundPage), path).toBe(true);
    // A missing hashed file is not cached for a year: it may be published later.
    expect(response.headers['cache-control'], path).toBe('no-cache');
  }
});

test('the files written for hosts stay refused in every spelling, and traversal finds nothing', async ({ baseURL }) => {
  const port = Number(new URL(String(baseURL)).port);
  // Raw, so that the client does not normalize the path first.
  const spellings = ['/%5Fheaders', '/_nginx%2fcsp.conf', '/%5fnginx/csp.conf', '/en/..%2f_headers', '/en/%2e%2e/_headers', '/en/../_headers', '/en/..\\_headers', '/en/%C0%AE%C0%AE/_headers', '/../../etc/passwd', '/%'];
  for (const path of spellings) {
    const answer = await rawRequest(port, path);
    // nginx itself answers 400 for what cannot be a path (a bare `%`, a step above the root).
    expect([400, 404], path).toContain(answer.status);
    if (answer.status === 404) expect(answer.body.equals(notFoundPage), path).toBe(true);
    expect(answer.body.toString(), path).not.toMatch(/root:|Content-Security-Policy:|add_header/);
  }
});

test('pages, the 404 page and files get the security headers of dist/_headers, and the pages’ own policy', async ({ baseURL }) => {
  for (const path of ['/en/roles/', '/ja/simulator/', '/no-such-page/', '/_islands/guide.js', firstFileIn('/_islands/chunks/'), '/pagefind/pagefind-entry.json']) {
    const { headers } = await fetchRaw(`${baseURL}${path}`);
    const expected = headersFor(path);
    for (const name of ['content-security-policy', 'referrer-policy', 'x-content-type-options', 'permissions-policy']) {
      expect(headers[name], `${name} of ${path}`).toBe(expected[name]);
    }
  }
  const { headers } = await fetchRaw(`${baseURL}/en/roles/`);
  expect(headers['content-security-policy']).toBe(`${metaPolicy('/en/roles/')}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
});

test('files named by their content are cached for a year; pages and files that keep their names are revalidated', async ({ baseURL }) => {
  for (const folder of hashedFolders) {
    const path = firstFileIn(folder);
    const { status, headers } = await fetchRaw(`${baseURL}${path}`);
    expect(status, path).toBe(200);
    expect(headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    expect(headers['cache-control'], path).toBe(headersFor(path)['cache-control']);
  }
  for (const path of ['/en/roles/', '/', '/_islands/guide.js', '/_search/client.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/favicon.svg']) {
    const first = await fetchRaw(`${baseURL}${path}`);
    expect(first.headers['cache-control'], path).toBe('no-cache');
    // Not named in _headers: the hosts' default, which revalidates too.
    expect(headersFor(path)['cache-control'], path).toBeUndefined();
    // Revalidating costs a 304 without the body while nothing changed.
    const again = await fetchRaw(`${baseURL}${path}`, { 'if-none-match': String(first.headers.etag) });
    expect(again.status, path).toBe(304);
    expect(again.body.length, path).toBe(0);
  }
});

test('text files are sent as the build compressed them: brotli when the browser takes it, else gzip, else as they are', async ({ baseURL }) => {
  const files: [path: string, file: string][] = [
    ...['/en/roles/', '/_islands/guide.js', firstFileIn('/_islands/chunks/'), '/pagefind/pagefind.js'].map((path): [string, string] => [path, fileFor(path)]),
    ['/no-such-page/', join(distDir, '404.html')],
  ];
  for (const [path, file] of files) {
    const original = readFileSync(file);

    const br = await fetchRaw(`${baseURL}${path}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding'], path).toBe('br');
    expect(br.headers.vary, path).toContain('Accept-Encoding');
    expect(br.body.equals(readFileSync(`${file}.br`)), `${path} is the build's .br file`).toBe(true);
    expect(brotliDecompressSync(br.body).equals(original), path).toBe(true);

    const gz = await fetchRaw(`${baseURL}${path}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding'], path).toBe('gzip');
    expect(gz.headers.vary, path).toContain('Accept-Encoding');
    expect(gz.body.equals(readFileSync(`${file}.gz`)), `${path} is the build's .gz file`).toBe(true);
    expect(gunzipSync(gz.body).equals(original), path).toBe(true);

    const plain = await fetchRaw(`${baseURL}${path}`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding'], path).toBeUndefined();
    expect(plain.body.equals(original), path).toBe(true);
  }
});
