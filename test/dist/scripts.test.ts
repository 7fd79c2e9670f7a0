import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { guidePaths, page, sitePaths } from '../support/site';

const inlineScripts = (path: string) =>
  page(path).querySelectorAll('script').filter((script) => !script.getAttribute('src') && script.getAttribute('type') !== 'application/ld+json');

describe('scripts and the Content Security Policy', () => {
  it.each(guidePaths())('%s loads no JavaScript file before the visitor interacts', (path) => {
    expect(page(path).querySelectorAll('script[src]').map((s) => s.getAttribute('src'))).toEqual([]);
    expect(page(path).querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
  });

  it('keeps every inline script under 1 KB', () => {
    const large = sitePaths().flatMap((path) =>
      inlineScripts(path).map((script) => ({ path, bytes: Buffer.byteLength(script.innerHTML) })).filter(({ bytes }) => bytes >= 1024),
    );
    expect(large).toEqual([]);
  });

  it.each(sitePaths().filter((path) => path.endsWith('/') || path.endsWith('.html')))('%s has a CSP that allows its own inline scripts by hash, and no unsafe-inline', (path) => {
    const csp = page(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(/style-src ([^;]*)/.exec(csp)?.[1]).not.toContain("'unsafe-inline'");
    for (const script of inlineScripts(path)) {
      const hash = createHash('sha256').update(script.innerHTML).digest('base64');
      expect(scriptSrc).toContain(`'sha256-${hash}'`);
    }
  });
});
