/**
 * Reading the built site (dist/) from tests: which pages exist, and their parsed HTML.
 * Used by the checks over the build and by the browser tests to list every page.
 * Another build is read with DIST_DIR (relative to the project) and, if it was built under a
 * base path, BASE_PATH: `DIST_DIR=dist-base BASE_PATH=/help/` (`npm run test:base`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { normalizeBase, withBase, withoutBase } from '../../src/config/base';

export const distDir = join(import.meta.dirname, '..', '..', process.env['DIST_DIR'] ?? 'dist');
/** The base path the build was made for: its pages' URL paths start with it. */
export const siteBase = normalizeBase(process.env['BASE_PATH'] ?? '/');

/** Every HTML file under dist/, as URL paths: `/en/roles/` for `en/roles/index.html` (`/help/en/roles/` under that base). */
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
  const path = withBase(`/${file.split(sep).join('/')}`, siteBase);
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The file in dist/ that serves a URL path, as a static host would resolve it (none outside the base path). */
export function fileFor(sitePath: string): string {
  const path = sitePath.split(/[?#]/)[0] ?? '/';
  if (!path.startsWith(siteBase)) return join(distDir, '(outside the base path)', path);
  const clean = decodeURIComponent(withoutBase(path, siteBase));
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
  return sitePaths().filter((url) => {
    const path = withoutBase(url, siteBase);
    return /^\/(en|zh-tw|ja)\//.test(path) && !/^\/[^/]+\/(simulator|practice)\//.test(path);
  });
}
