import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { fileFor, page, siteBase, sitePaths } from '../support/site';

/** Site paths in a data attribute: a module's URL (`data-module`), or inside its JSON (the message builder's links, a panel's scenarios). */
function dataLinks(element: HTMLElement): string[] {
  const found: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && /^\/[\w-]/.test(value)) found.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const [name, value] of Object.entries(element.attributes)) {
    if (!name.startsWith('data-')) continue;
    if (value.startsWith('/')) found.push(value);
    else if (/^(\{"|\[)/.test(value)) collect(JSON.parse(value));
  }
  return found;
}

/** Every internal href and src of every page, and the site paths in its data attributes, with the page it appears on. */
function internalLinks() {
  const links: { from: string; target: string }[] = [];
  const add = (from: string, raw: string) => {
    const url = new URL(raw, `http://site${from}`);
    links.push({ from, target: url.pathname + url.hash });
  };
  for (const from of sitePaths()) {
    for (const element of page(from).querySelectorAll('[href], [src]')) {
      const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      if (/^(https?:)?\/\//.test(raw) || raw.startsWith('mailto:') || raw.startsWith('data:')) continue;
      add(from, raw);
    }
    for (const element of page(from).querySelectorAll('*')) for (const raw of dataLinks(element)) add(from, raw);
  }
  return links;
}

/** Our own absolute URLs of a page (canonical, hreflang alternates), as URL paths. */
const ownAbsolute = (from: string) =>
  page(from)
    .querySelectorAll('link[rel="canonical"], link[rel="alternate"]')
    .map((element) => new URL(element.getAttribute('href') ?? '').pathname);

describe('links in the built site', () => {
  const links = internalLinks();

  it('finds links to check', () => {
    expect(links.length).toBeGreaterThan(500);
  });

  it('has no broken internal link', () => {
    const broken = links.filter(({ target }) => !existsSync(fileFor(target.split('#')[0] ?? '/')));
    expect(broken).toEqual([]);
  });

  /** The screens the simulator page answers by #fragment (PortalApp.tsx, SignedIn.tsx). */
  const simulatorScreen = /^\/(resend|terms|dashboard|profile|users|domains|accept\/[^/]+)?$/;

  it('has no link to a #fragment that does not exist on its page', () => {
    const broken = links.filter(({ target }) => {
      const [path = '/', fragment] = target.split('#');
      if (!fragment || !path.endsWith('/') && !path.endsWith('.html')) return false;
      // On the simulator page `#/<screen>` is an address of its router (parts/navigation.tsx), not an id.
      if (fragment.startsWith('/')) return !(page(path).querySelector('[data-island="portal"]') && simulatorScreen.test(fragment));
      return page(path).querySelector(`[id="${decodeURIComponent(fragment)}"]`) === null;
    });
    expect(broken).toEqual([]);
  });

  it('gives canonical and hreflang URLs that name pages of the build, under its base path', () => {
    const named = sitePaths().flatMap((from) => ownAbsolute(from).map((target) => ({ from, target })));
    expect(named.length).toBeGreaterThan(200);
    expect(named.filter(({ target }) => !target.startsWith(siteBase) || !existsSync(fileFor(target)))).toEqual([]);
  });

  it('lists in the sitemap only pages of the build, under its base path', () => {
    const sitemap = readFileSync(fileFor(`${siteBase}sitemap-0.xml`), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>|href="([^"]+)"/g)].map((match) => new URL(match[1] ?? match[2] ?? '').pathname);
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((target) => !target.startsWith(siteBase) || !existsSync(fileFor(target)))).toEqual([]);
    expect(readFileSync(fileFor(`${siteBase}sitemap-index.xml`), 'utf8')).toContain(`${siteBase}sitemap-0.xml</loc>`);
  });

  it('links to no other origin from any page', () => {
    const external = sitePaths().flatMap((from) =>
      page(from)
        .querySelectorAll('a[href], link[href], script[src], img[src], iframe[src]')
        .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
        .filter((value) => /^(https?:)?\/\//.test(value))
        .filter((value) => !value.startsWith('https://business-center-help.example/'))
        .map((value) => ({ from, value })),
    );
    // canonical and hreflang links name our own published origin, and are not requests.
    expect(external).toEqual([]);
  });
});
