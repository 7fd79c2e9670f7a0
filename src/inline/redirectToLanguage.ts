import { pickLocale } from '../i18n/pickLocale';

/**
 * On the language chooser and on partner links: follow the link written for the visitor's
 * language (`a[data-locale]`). Without JavaScript the page simply lists the links.
 */
export function redirectToLanguage(): void {
  const locale = pickLocale(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
  const link = document.querySelector<HTMLAnchorElement>(`a[data-locale="${locale}"]`);
  if (link) location.replace(link.href);
}
