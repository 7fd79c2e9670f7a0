// Which pages of the built site stand for each page type.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

/** @typedef {import('./types.mjs').SitePage} SitePage */

/** Article measured per locale (the first article in its folder when this one is gone). */
export const ARTICLE_SLUG = 'get-invitation';
/** Partner link page measured under /go/ (likewise). */
export const PARTNER_SLUG = 'roles';
/** Top-level folders of dist that are not locales. */
const NOT_LOCALES = new Set(['go', '_astro', '_search', 'pagefind']);

/** @param {string} path */
const exists = (path) => stat(path).then(() => true, () => false);

/**
 * Sub-folders of a folder that hold an index.html, sorted.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
export async function pageFolders(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const found = [];
  for (const name of names) if (await exists(join(dir, name, 'index.html'))) found.push(name);
  return found;
}

/**
 * Locales of the site: the links of the root language chooser (`a[data-locale]`), else the
 * top-level folders with an index.html.
 * @param {string} dist
 * @returns {Promise<string[]>}
 */
export async function discoverLocales(dist) {
  const html = await readFile(join(dist, 'index.html'), 'utf8').catch(() => '');
  const fromChooser = parse(html).querySelectorAll('a[data-locale]')
    .map((link) => new URL(link.getAttribute('href') ?? '', 'http://site.invalid/').pathname.split('/')[1])
    .filter(/** @returns {locale is string} */ (locale) => locale !== undefined && locale !== '' && !NOT_LOCALES.has(locale));
  if (fromChooser.length > 0) return [...new Set(fromChooser)];
  return (await pageFolders(dist)).filter((name) => !NOT_LOCALES.has(name));
}

/**
 * The pages measured: root chooser, home and article per locale, a partner link page, 404.
 * A page type missing from dist is left out (the tables then show fewer rows).
 * @param {string} dist
 * @returns {Promise<{ locales: string[], pages: SitePage[] }>}
 */
export async function discoverSite(dist) {
  const locales = await discoverLocales(dist);
  /** @type {SitePage[]} */
  const pages = [];
  /** @param {string} type @param {string | null} locale @param {string} url @param {string} file */
  const add = async (type, locale, url, file) => { if (await exists(file)) pages.push({ type, locale, url, file }); };

  await add('root chooser', null, '/', join(dist, 'index.html'));
  for (const locale of locales) await add('home', locale, `/${locale}/`, join(dist, locale, 'index.html'));
  for (const locale of locales) {
    const articles = await pageFolders(join(dist, locale));
    const slug = articles.includes(ARTICLE_SLUG) ? ARTICLE_SLUG : articles[0];
    if (slug) await add('article', locale, `/${locale}/${slug}/`, join(dist, locale, slug, 'index.html'));
  }
  const links = await pageFolders(join(dist, 'go'));
  const partner = links.includes(PARTNER_SLUG) ? PARTNER_SLUG : links[0];
  if (partner) await add('partner link', null, `/go/${partner}/`, join(dist, 'go', partner, 'index.html'));
  await add('404', null, '/404.html', join(dist, '404.html'));
  return { locales, pages };
}

/**
 * The file in dist that a URL on a page points to, or null for another origin.
 * @param {string} dist
 * @param {string} pageUrl  URL path of the page that links it.
 * @param {string} href
 * @returns {{ url: string, file: string | null }}
 */
export function resolveAsset(dist, pageUrl, href) {
  const base = 'http://site.invalid';
  const target = new URL(href, base + pageUrl);
  if (target.origin !== base) return { url: target.href, file: null };
  const path = decodeURIComponent(target.pathname);
  return { url: target.pathname, file: join(dist, path.endsWith('/') ? `${path}index.html` : path) };
}
