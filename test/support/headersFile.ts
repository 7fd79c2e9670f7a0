/**
 * Reading the built `dist/_headers` as Netlify and Cloudflare Pages do: each rule is a path
 * pattern (`*` matches anything) with headers; a path gets the headers of every rule that
 * matches it, a header named by several joined with ", " (Cloudflare's reading).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './site';

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function headerRules(text = readFileSync(join(distDir, '_headers'), 'utf8')): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (!rule || !match?.[1] || match[2] === undefined) throw new Error(`not a header of a rule: ${line}`);
    rule.headers.push([match[1], match[2]]);
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);

/** The rules that apply to a path. */
export const rulesFor = (path: string, rules = headerRules()): HeaderRule[] => rules.filter((rule) => matches(rule.pattern, path));

/** The headers `_headers` gives a path, names lower-cased. */
export function headersFor(path: string, rules = headerRules()): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rulesFor(path, rules)) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}
