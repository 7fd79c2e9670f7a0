import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { base, normalizeBase, withBase, withoutBase } from '../../../src/config/base';
import { headersFile } from '../../../src/integrations/hosting/hostFiles';
import { internalLinks } from '../../../src/markdown/internalLinks';

describe('the base path', () => {
  it('is `/` in an ordinary build and in these tests', () => {
    expect(base).toBe('/');
    expect(withBase('/en/roles/#roles')).toBe('/en/roles/#roles');
  });

  it('is normalized to one slash at each end, however BASE_PATH is written', () => {
    for (const written of ['help', '/help', 'help/', '//help//']) expect(normalizeBase(written)).toBe('/help/');
    expect(normalizeBase('/docs/help')).toBe('/docs/help/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
  });

  it('goes in front of site paths only, and comes off again', () => {
    expect(withBase('/', '/help/')).toBe('/help/');
    expect(withBase('/go/roles/', '/help/')).toBe('/help/go/roles/');
    for (const other of ['#roles', 'https://example.com/en/', '//cdn.example/x.js', 'mailto:a@b.c', 'roles/']) expect(withBase(other, '/help/')).toBe(other);
    expect(withoutBase('/help/go/roles/', '/help/')).toBe('/go/roles/');
    expect(withoutBase('/help/', '/help/')).toBe('/');
  });
});

describe('content links under a base path', () => {
  const render = async (markdown: string, under: string) => (await markdownToHtml(markdown, { hastPlugins: [internalLinks(under)] })).html;

  it('puts the content’s site paths under the base, and leaves fragments and other sites alone', async () => {
    const html = await render('[Roles](/en/roles/#roles), [here](#domains), [Example](https://example.com/en/)', '/help/');
    expect(html).toContain('href="/help/en/roles/#roles"');
    expect(html).toContain('href="#domains"');
    expect(html).toContain('href="https://example.com/en/"');
  });

  it('changes nothing at the root', async () => {
    expect(await render('[Roles](/en/roles/#roles)', '/')).toContain('href="/en/roles/#roles"');
  });
});

describe('the hosts’ _headers file under a base path', () => {
  it('names the paths under the base', () => {
    const file = headersFile("default-src 'none'", '/help/');
    expect(file).toMatch(/^\/help\/\*$/m);
    expect(file).toMatch(/^\/help\/_astro\/\*$/m);
    expect(file).not.toMatch(/^\/_astro\//m);
  });
});
