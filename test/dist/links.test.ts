import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor, page, sitePaths } from '../support/site';

/** Every internal href and src of every page, with the page it appears on. */
function internalLinks() {
  const links: { from: string; target: string }[] = [];
  for (const from of sitePaths()) {
    for (const element of page(from).querySelectorAll('[href], [src]')) {
      const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      if (/^(https?:)?\/\//.test(raw) || raw.startsWith('mailto:') || raw.startsWith('data:')) continue;
      links.push({ from, target: new URL(raw, `http://site${from}`).pathname + new URL(raw, `http://site${from}`).hash });
    }
  }
  return links;
}

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
