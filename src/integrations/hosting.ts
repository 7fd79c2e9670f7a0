import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../config/base';
import { headersFile, headersFileName, nginxInclude, nginxIncludeName } from './hosting/hostFiles';
import { mergePolicies, metaPolicy, withMetaPolicy } from './hosting/sitePolicy';

/**
 * After the build, gives every page the site's one Content Security Policy (`sitePolicy.ts`)
 * and writes it, with the other headers, where hosts read them: `dist/_headers` and
 * `dist/_nginx/csp.conf` (see `hostFiles.ts`). So the header a host sends and the meta element
 * of the page it sends are the same policy, and a host without headers still has the meta.
 */
export function hostingIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'business-center-help:hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { withFileTypes: true, recursive: true });
        const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
        const html = new Map(await Promise.all(pages.map(async (file) => [file, await readFile(file, 'utf8')] as const)));
        const missing = pages.filter((file) => metaPolicy(html.get(file) ?? '') === undefined);
        if (missing.length > 0) throw new Error(`pages without a Content-Security-Policy meta element: ${missing.join(', ')}`);

        const policy = mergePolicies([...html.values()].map((page) => metaPolicy(page) ?? ''));
        await Promise.all([...html].map(([file, page]) => writeFile(file, withMetaPolicy(page, policy))));
        await writeFile(join(root, headersFileName), headersFile(policy, base));
        await mkdir(dirname(join(root, nginxIncludeName)), { recursive: true });
        await writeFile(join(root, nginxIncludeName), nginxInclude(policy));
        logger.info(`one Content-Security-Policy on ${pages.length} pages, written to ${headersFileName} and ${nginxIncludeName}`);
      },
    },
  };
}
