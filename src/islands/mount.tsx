import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { isLocale, type Locale } from '../i18n/locales';
import { loadSimDictionary } from '../i18n/sim/client';

export type Island = ComponentType<{ locale: Locale }>;

let dictionary: Promise<unknown> | undefined;

/**
 * Mounts one island on `<div data-island="name" data-locale="ja">`: its placeholder gives way to
 * a React root. The page's texts load first (once); if they cannot, the island still comes up
 * (in English). `prepare` loads what else the islands need first (the panels' texts).
 */
export async function mountIsland(element: HTMLElement, islands: Readonly<Record<string, Island>>, prepare?: (locale: Locale) => Promise<unknown>): Promise<void> {
  const Island = islands[element.dataset['island'] ?? ''];
  const locale = element.dataset['locale'];
  if (!Island || !isLocale(locale)) return;
  dictionary ??= loadSimDictionary(locale).catch(() => undefined);
  await Promise.all([dictionary, prepare?.(locale)]);
  element.replaceChildren();
  createRoot(element).render(
    <StrictMode>
      <Island locale={locale} />
    </StrictMode>,
  );
}

/**
 * Mounts every island of a simulator page. One bundle for the site's islands (built by the
 * `browserModules` integration), so every island shares one React and one store (`getPortal()`,
 * a module singleton).
 *
 * Why not `client:load`: Astro's island loader is an inline script of about 4 KB, and the site
 * keeps every inline script under 1 KB (its CSP hashes them); one module file does the same
 * job, with no serialized props and less JavaScript.
 */
export async function mountIslands(islands: Readonly<Record<string, Island>>): Promise<void> {
  await Promise.all([...document.querySelectorAll<HTMLElement>('[data-island]')].map((element) => mountIsland(element, islands)));
}
