import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/config/locales';
import { STORAGE_KEY } from '../../src/store/browserPortal';
import { distDir } from '../support/site';

const chunksDir = join(distDir, '_islands', 'chunks');
const chunks = readdirSync(chunksDir).filter((name) => name.endsWith('.js'));
/** The chunks whose code holds a string only that library or layer writes. */
const holding = (mark: string) => chunks.filter((name) => readFileSync(join(chunksDir, name), 'utf8').includes(mark));

// Shared chunks are named for what they hold (`integrations/browserRuntime.ts`): a reader of the
// network panel or of the bench's "largest files" sees XState, zod or the store by name.
describe('the browser modules’ chunks are named for what they hold', () => {
  it.each([
    ['XState', 'xstate.init', 'xstate'],
    ['zod', '$ZodType', 'zod'],
    ['the store', STORAGE_KEY, 'store'],
  ])('%s is in one chunk, named %s…', (_library, mark, name) => {
    const files = holding(mark);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^${name}-[\\w-]+\\.js$`));
  });

  it('a lazy dictionary is named for its folder as well as its language (not three `ja-….js`)', () => {
    const byLocaleAlone = chunks.filter((name) => locales.some((locale) => new RegExp(`^${locale}-[\\w-]{8}\\.js$`).test(name)));
    expect(byLocaleAlone).toEqual([]);
  });
});
