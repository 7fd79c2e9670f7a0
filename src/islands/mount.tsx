import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { isLocale, type Locale } from '../i18n/locales';
import { loadSimDictionary } from '../i18n/sim/client';

/**
 * Mounts each screen area of a simulator page as its own React root (an island) on the
 * elements `<div data-island="name" data-locale="ja">`. One bundle for the page, so every
 * island shares one React and one store (`getPortal()`, a module singleton).
 *
 * Why not `client:load`: Astro's island loader is an inline script of about 4 KB, and the site
 * keeps every inline script under 1 KB (its CSP hashes them); one module file does the same
 * job, with no serialized props and less JavaScript.
 */
export async function mountIslands(islands: Readonly<Record<string, ComponentType<{ locale: Locale }>>>): Promise<void> {
  const pageLocale = document.querySelector<HTMLElement>('[data-island]')?.dataset['locale'];
  // The page's texts first; if they cannot load, the islands still come up (in English).
  await loadSimDictionary(isLocale(pageLocale) ? pageLocale : 'en').catch(() => undefined);
  for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const Island = islands[element.dataset['island'] ?? ''];
    const locale = element.dataset['locale'];
    if (!Island || !isLocale(locale)) continue;
    element.replaceChildren();
    createRoot(element).render(
      <StrictMode>
        <Island locale={locale} />
      </StrictMode>,
    );
  }
}
