/**
 * One Content Security Policy for the whole site, from the pages' own.
 *
 * Astro writes a policy into each page's meta element. Its script hashes are already the same
 * on every page, but its style hashes are those of the page's own inlined stylesheet, so the
 * pages of one build carry a few different policies. A host sends one header for every path
 * (a `_headers` file cannot hold a rule per page: Cloudflare Pages stops at 100 rules), so the
 * site gets one policy: every page's directives, with the hashes of all pages. Every hash is
 * of our own inline code; nothing else is allowed that a page did not allow before.
 */

/** A policy as its directives in order, each with its sources in order. */
type Policy = Map<string, string[]>;

const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

/** Parses `a x y; b z` into its directives (names lower-cased, as the CSP spec reads them). */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The site's policy: the pages' policies merged, hashes united. Anything else that differs
 * between pages (a directive, a source that is not a hash) is a decision one page made on its
 * own, which a merge would silently loosen on the others: that throws.
 */
export function mergePolicies(texts: readonly string[]): string {
  const [first, ...rest] = texts.map(parsePolicy);
  if (!first) throw new Error('no page has a Content-Security-Policy to merge');
  const merged: Policy = new Map([...first].map(([name, sources]) => [name, [...sources]]));
  const shape = (policy: Policy) => serializePolicy(new Map([...policy].map(([name, sources]) => [name, sources.filter((s) => !isHash(s))])));
  for (const policy of rest) {
    if (shape(policy) !== shape(first)) throw new Error(`pages differ in more than hashes:\n  ${shape(first)}\n  ${shape(policy)}`);
    for (const [name, sources] of policy) {
      const into = merged.get(name) ?? [];
      for (const source of sources) if (!into.includes(source)) into.push(source);
    }
  }
  return serializePolicy(merged);
}

const metaPattern = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/** The policy of a page's meta element, if it has one. */
export function metaPolicy(html: string): string | undefined {
  return metaPattern.exec(html)?.[1];
}

/** The page with its meta element's policy replaced (the page must have one). */
export function withMetaPolicy(html: string, policy: string): string {
  if (!metaPattern.test(html)) throw new Error('page has no Content-Security-Policy meta element');
  // A function, so that nothing in the policy is read as a replacement pattern.
  return html.replace(metaPattern, () => `<meta http-equiv="content-security-policy" content="${policy}">`);
}
