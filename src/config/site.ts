/**
 * The address the site is published at (`SITE_URL`, Astro's `site`). A build without it writes
 * this placeholder, a reserved `.example` name that reaches nobody: the build says so
 * (`integrations/siteUrlWarning.ts`), and the partners page shows the address it is served from
 * instead where it can (`inline/servedAddress.ts`), and says so where it cannot (QR codes).
 */
export const PLACEHOLDER_SITE = 'https://business-center-help.example';

/** Whether `site` (Astro's `site`, or none) is the placeholder of a build without `SITE_URL`. */
export function isPlaceholderSite(site: URL | string | undefined): boolean {
  return site === undefined || new URL(site).origin === PLACEHOLDER_SITE;
}
