import { describe, expect, it } from 'vitest';
import { headersFile, nginxInclude } from '../../../src/integrations/hosting/hostFiles';
import { mergePolicies, metaPolicy, withMetaPolicy } from '../../../src/integrations/hosting/sitePolicy';

// Astro's spelling of a page's policy: no space after some semicolons, a trailing one.
const home = "default-src 'none';img-src 'self'; script-src 'self' 'sha256-A='; style-src 'self' 'sha256-home=';";
const article = "default-src 'none';img-src 'self'; script-src 'self' 'sha256-A='; style-src 'self' 'sha256-article=';";

describe('one policy for the site', () => {
  it('keeps every directive and unites the pages’ hashes, each once', () => {
    expect(mergePolicies([home, article, home])).toBe("default-src 'none'; img-src 'self'; script-src 'self' 'sha256-A='; style-src 'self' 'sha256-home=' 'sha256-article='");
  });

  it('refuses pages that differ in more than hashes, which a merge would loosen for the others', () => {
    expect(() => mergePolicies([home, home.replace("img-src 'self'", "img-src 'self' data:")])).toThrow(/differ in more than hashes/);
    expect(() => mergePolicies([home, `${home} frame-src 'self';`])).toThrow(/differ in more than hashes/);
    expect(() => mergePolicies([])).toThrow(/no page/);
  });

  it('replaces the policy of a page’s meta element, and only that', () => {
    const page = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${home}"><style>a{}</style></head>`;
    const merged = mergePolicies([home, article]);
    const rewritten = withMetaPolicy(page, merged);
    expect(metaPolicy(rewritten)).toBe(merged);
    expect(rewritten.replace(merged, home)).toBe(page);
    expect(() => withMetaPolicy('<head></head>', merged)).toThrow(/no Content-Security-Policy meta/);
  });
});

describe('the files for hosts', () => {
  it('send the policy with frame-ancestors, which a meta element cannot carry', () => {
    expect(headersFile("default-src 'none'")).toContain("\n  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\n");
    expect(nginxInclude("default-src 'none'")).toContain(`add_header Content-Security-Policy "default-src 'none'; frame-ancestors 'none'" always;`);
  });
});
