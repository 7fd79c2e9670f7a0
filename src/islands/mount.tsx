import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { isLocale, type Locale } from '../i18n/locales';
import { loadSimDictionary } from '../i18n/sim/client';
import { setPageLanguage } from '../store/pageLanguage';
import { readReaderState, restoreReaderState } from './carryOver';

export type Island = ComponentType<{ locale: Locale }>;

let dictionary: Promise<unknown> | undefined;

/** Says so in the island's place (the page wrote the sentence, in its language): never a blank. */
function showFailure(element: HTMLElement): void {
  const text = element.dataset['failed'];
  if (!text) return element.replaceChildren();
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = text;
  element.replaceChildren(message);
}

/**
 * Mounts one island on `<div data-island="name" data-locale="ja">`: its static markup (a panel's
 * first screen, or a loading line) gives way to a root (React's API, run by `preact/compat`), which gets what the reader did to
 * that markup meanwhile (`carryOver.ts`). The page's texts load first (once), with whatever
 * `load` needs (a panel's code and texts); if something cannot load, the island says so in its
 * place (`data-failed`). `data-started` marks it live.
 */
export async function mountIsland(element: HTMLElement, load: (name: string, locale: Locale) => Promise<Island | undefined>): Promise<void> {
  const locale = element.dataset['locale'];
  if (!isLocale(locale)) return;
  // Before any island asks for the store: practice data started here starts in this language.
  setPageLanguage(locale);
  dictionary ??= loadSimDictionary(locale);
  let Island: Island | undefined;
  try {
    [, Island] = await Promise.all([dictionary, load(element.dataset['island'] ?? '', locale)]);
  } catch {
    showFailure(element);
    return;
  }
  if (!Island) return;
  const reader = readReaderState(element);
  element.replaceChildren();
  // No StrictMode: on preact/compat, the islands' runtime in dev and in the build, it is a bare Fragment.
  createRoot(element).render(<Island locale={locale} />);
  element.setAttribute('data-started', '');
  await restoreReaderState(element, reader);
}

/**
 * Mounts every island of a simulator page. One bundle for the site's islands (the browser
 * modules, `integrations/browserRuntime.ts`), so every island shares one Preact and one store
 * (`getPortal()`, a module singleton).
 *
 * Why not `client:load`: Astro's island loader is an inline script of about 4 KB, and the site
 * keeps every inline script under 1 KB (its CSP hashes them); one module file does the same
 * job, with no serialized props and less JavaScript.
 */
export async function mountIslands(islands: Readonly<Record<string, Island>>): Promise<void> {
  const elements = [...document.querySelectorAll<HTMLElement>('[data-island]')];
  await Promise.all(elements.map((element) => mountIsland(element, async (name) => islands[name])));
}
