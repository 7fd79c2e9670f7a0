import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hashedFolders } from '../../src/integrations/hosting/headerRules';
import { headerRules, headersFor, rulesFor } from '../support/headersFile';
import { distDir, page, sitePaths } from '../support/site';

const metaPolicy = (path: string) => page(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
const headersText = readFileSync(join(distDir, '_headers'), 'utf8');
const allFiles = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => extname(file) !== '' || file.endsWith('_headers'));

describe('the headers a host sends', () => {
  it('every page carries one and the same policy, which dist/_headers sends, plus frame-ancestors', () => {
    const policies = new Set(sitePaths().map(metaPolicy));
    expect(policies.size).toBe(1);
    const [policy] = policies;
    expect(policy).toContain("default-src 'none'");
    expect(headersFor('/en/roles/')['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`);
  });

  it('nginx sends the very policy of dist/_headers (dist/_nginx/csp.conf)', () => {
    const nginx = /add_header Content-Security-Policy "([^"]+)" always;/.exec(readFileSync(join(distDir, '_nginx', 'csp.conf'), 'utf8'))?.[1];
    expect(nginx).toBe(headersFor('/')['content-security-policy']);
  });

  it('dist/_headers fits Cloudflare Pages (at most 100 rules, 2,000 characters a line) and names no header twice for a path', () => {
    expect(headerRules(headersText).length).toBeLessThanOrEqual(100);
    expect(headersText.split('\n').filter((line) => line.length > 2000)).toEqual([]);
    // Hosts join the values of a header named by two matching rules: "no-cache, …, immutable" would be nonsense.
    for (const path of ['/en/roles/', ...hashedFolders.map((folder) => `${folder}x.js`)]) {
      const names = rulesFor(path, headerRules(headersText)).flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      expect(names.filter((name, index) => names.indexOf(name) !== index), path).toEqual([]);
    }
  });

  it('only files named by a hash of their content are cached as immutable', () => {
    const namedByHash: Record<(typeof hashedFolders)[number], RegExp> = {
      '/_astro/': /\.[\w-]{8}\.(js|css)$/,
      '/_islands/chunks/': /-[\w-]{8}\.js$/,
      '/pagefind/fragment/': /_[0-9a-f]{7,}\.pf_fragment$/,
      '/pagefind/index/': /_[0-9a-f]{7,}\.pf_index$/,
    };
    for (const folder of hashedFolders) {
      const files = readdirSync(join(distDir, folder)).filter((name) => !/\.(br|gz)$/.test(name));
      expect(files.length, folder).toBeGreaterThan(0);
      expect(files.filter((name) => !namedByHash[folder].test(name)), folder).toEqual([]);
    }
  });
});

describe('precompressed files', () => {
  it('every page, script, stylesheet and JSON file has a .br and a .gz copy with its very bytes, unless compressing would grow it', () => {
    const text = allFiles.filter((file) => /\.(html|js|css|json)$/.test(file));
    expect(text.length).toBeGreaterThan(100);
    const formats = { '.br': [brotliCompressSync, brotliDecompressSync], '.gz': [gzipSync, gunzipSync] } as const;
    for (const file of text) {
      const original = readFileSync(join(distDir, file));
      for (const [suffix, [compress, decompress]] of Object.entries(formats)) {
        const copy = join(distDir, `${file}${suffix}`);
        if (existsSync(copy)) expect(decompress(readFileSync(copy)).equals(original), `${file}${suffix}`).toBe(true);
        else expect(compress(original).length, `${file} has no ${suffix}`).toBeGreaterThanOrEqual(original.length);
      }
    }
    const pages = sitePaths().map((path) => (path.endsWith('/') ? `${path}index.html` : path).slice(1));
    expect(pages.filter((file) => !existsSync(join(distDir, `${file}.br`)) || !existsSync(join(distDir, `${file}.gz`)))).toEqual([]);
  });

  it('leaves alone what is compressed already (Pagefind’s index) and the files written for hosts', () => {
    const skipped = allFiles.filter((file) => /\.(pf_\w+|pagefind)$/.test(file) || file === '_headers' || file.startsWith('_nginx'));
    expect(skipped.length).toBeGreaterThan(10);
    expect(skipped.filter((file) => existsSync(join(distDir, `${file}.br`)) || existsSync(join(distDir, `${file}.gz`)))).toEqual([]);
  });
});
