import type { AstroIntegration } from 'astro';
import { PLACEHOLDER_SITE } from '../config/site';

/**
 * Says at the end of a build made without `SITE_URL` that every absolute address in it (short
 * links, QR codes, canonical links, the sitemap) names the placeholder, not a real site: a
 * preview build handed to customers would otherwise send them to dead links without a word.
 */
export function siteUrlWarning(siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (siteUrl) return;
        logger.warn(
          `SITE_URL is not set: short links, QR codes, canonical links and the sitemap point to ${PLACEHOLDER_SITE}, which reaches nobody. ` +
            'The partners page copies and shows the address it is served from, but its QR codes keep the placeholder. ' +
            'Build with SITE_URL=https://your.address npm run build to publish.',
        );
      },
    },
  };
}
