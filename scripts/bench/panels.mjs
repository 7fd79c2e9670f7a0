// The guide pages that carry a try-it panel, read from the built HTML.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { discoverLocales, pageFolders } from './site.mjs';

/** A try-it panel's island: loaded on intent (the simulator pages' islands load at once). */
export const PANEL = '[data-island][data-module]';

/** URL paths of the pages in locale folders with a panel. @param {string} dist */
export async function pagesWithPanels(dist) {
  const urls = [];
  for (const locale of await discoverLocales(dist)) {
    for (const slug of await pageFolders(join(dist, locale))) {
      const html = await readFile(join(dist, locale, slug, 'index.html'), 'utf8');
      if (/<[^>]+\bdata-island="[^"]*"[^>]*\bdata-module="/.test(html)) urls.push(`/${locale}/${slug}/`);
    }
  }
  return urls;
}
