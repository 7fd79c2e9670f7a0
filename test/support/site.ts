/**
 * Reading the built site (dist/) from tests: which pages exist, and their parsed HTML.
 * Used by the checks over the build and by the browser tests to list every page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

/** Every HTML file under dist/, as site paths: `/en/roles/` for `en/roles/index.html`. */
export function sitePaths(): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) paths.push(toSitePath(relative(distDir, full)));
    }
  };
  walk(distDir);
  return paths.sort();
}

function toSitePath(file: string): string {
  const path = `/${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The file in dist/ that serves a site path, as a static host would resolve it. */
export function fileFor(sitePath: string): string {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  return join(distDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

const cache = new Map<string, HTMLElement>();
/** The parsed document of a site path (cached: the build does not change during a run). */
export function page(sitePath: string): HTMLElement {
  let root = cache.get(sitePath);
  if (!root) {
    root = parse(readFileSync(fileFor(sitePath), 'utf8'), { comment: false });
    cache.set(sitePath, root);
  }
  return root;
}

/**
 * Guide pages: everything under a locale folder (not `/`, `/go/…` or the 404 page), except the
 * portal simulator's and the practice pages, which are apps and load their JavaScript on purpose.
 */
export function guidePaths(): string[] {
  return sitePaths().filter((path) => /^\/(en|zh-tw|ja)\//.test(path) && !/^\/[^/]+\/(simulator|practice)\//.test(path));
}
