// Lets a plain Node script import the TypeScript under src/ (Node 24 strips the types itself).
// Our TypeScript imports relative modules without a file extension, as Vite and the bundler
// allow; Node does not, so this hook retries such an import with `.ts` and `/index.ts`.
// Imported for its effect: `node --import ./scripts/lib/registerTs.mjs script.mjs`.
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';

const candidates = ['.ts', '.tsx', '/index.ts'];

registerHooks({
  resolve(specifier, context, nextResolve) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    const fromTs = context.parentURL?.endsWith('.ts') ?? false;
    if (!relative || !fromTs || /\.[cm]?[jt]sx?$/.test(specifier)) return nextResolve(specifier, context);
    for (const suffix of candidates) {
      const url = new URL(specifier + suffix, context.parentURL);
      if (existsSync(url)) return nextResolve(url.href, context);
    }
    return nextResolve(specifier, context);
  },
});
