/**
 * The full address a link prints as (the print stylesheet writes `data-print-href` after the
 * link's text): a link within the site resolved against the page's published address, from
 * `SITE_URL` (Astro.site), so a printed `/ja/roles/` reads `https://…/ja/roles/`. Links to
 * other sites already print in full and get none.
 * @example printAddress('/ja/roles/#roles', new URL('https://help.example/ja/')) // 'https://help.example/ja/roles/#roles'
 * @example printAddress('#register', new URL('https://help.example/en/get-invitation/')) // 'https://help.example/en/get-invitation/#register'
 * @example printAddress('https://www.microsoft.com/', new URL('https://help.example/en/')) // undefined
 */
export function printAddress(href: string | undefined, page: URL): string | undefined {
  if (href === undefined || !/^[/#]/.test(href) || href.startsWith('//')) return undefined;
  return new URL(href, page).href;
}
