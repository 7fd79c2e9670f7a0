/**
 * A build without `SITE_URL` writes the placeholder origin into the partners page's full
 * addresses; the page marks it (`data-placeholder-site`, only then). Served from anywhere else (a
 * preview, a test server), the addresses the partner reads and copies become this page's own, so
 * a copied link works where the page works. QR codes are images drawn at build: they keep the
 * placeholder, and say so next to them.
 */
function placeholderOrigin(): string | undefined {
  const origin = document.querySelector<HTMLElement>('[data-placeholder-site]')?.dataset['placeholderSite'];
  return origin && origin !== location.origin ? origin : undefined;
}

/** `address` as this page is served: the placeholder origin replaced, anything else as it is. */
export function servedAddress(address: string): string {
  const origin = placeholderOrigin();
  return origin ? address.replaceAll(origin, location.origin) : address;
}

/** Rewrites the page's written-out addresses (`data-site-text`) and what its Copy buttons copy and say. */
export function showServedAddresses(): void {
  if (!placeholderOrigin()) return;
  for (const element of document.querySelectorAll<HTMLElement>('[data-site-text]')) element.textContent = servedAddress(element.textContent ?? '');
  for (const button of document.querySelectorAll<HTMLElement>('[data-copy]')) {
    button.dataset['copy'] = servedAddress(button.dataset['copy'] ?? '');
    button.dataset['copied'] = servedAddress(button.dataset['copied'] ?? '');
  }
}
