// The headers the build declares in its `_headers` file (written from
// src/integrations/hosting/headerRules.ts), read as Netlify and Cloudflare Pages read it: a rule
// is a path pattern (`*` matches anything) followed by indented `Name: value` lines, and a path
// gets the headers of every rule that matches it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {{ pattern: RegExp, headers: [string, string][] }} HeaderRule */

/**
 * @param {string} text the contents of a `_headers` file
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const header = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!rule || !header?.[1] || header[2] === undefined) throw new Error(`_headers: not a header of a rule: ${line}`);
    rule.headers.push([header[1], header[2]]);
  }
  return rules;
}

/**
 * The `_headers` of a build folder, as a function from a URL path to its headers. A host that
 * reads the file sends its own revalidating default where no rule names a Cache-Control; so
 * does nginx with deploy/nginx.conf (`no-cache`), and so does this.
 * @param {string} root the build folder
 * @returns {(urlPath: string) => Record<string, string>}
 */
export function loadHeaders(root) {
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  return (urlPath) => {
    /** @type {Record<string, string>} */
    const headers = { 'Cache-Control': 'no-cache' };
    const named = new Set();
    for (const rule of rules.filter((r) => r.pattern.test(urlPath))) {
      for (const [name, value] of rule.headers) {
        // Several rules naming one header: joined, as Cloudflare Pages does.
        headers[name] = named.has(name) ? `${headers[name]}, ${value}` : value;
        named.add(name);
      }
    }
    return headers;
  };
}
