// Reads Pagefind's output: pagefind-entry.json and the files that belong to each language.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * @typedef {object} PagefindLanguage
 * @property {string} key         Language key in the entry ('en', 'zh-tw', ...).
 * @property {string} hash        Meta hash, e.g. 'en_d9a1f41241'.
 * @property {string | null} wasm Language-specific wasm, or null (then wasm.unknown.pagefind).
 * @property {number} pageCount
 * @property {string} metaFile    pagefind.<hash>.pf_meta
 * @property {string} wasmFile    wasm.<wasm|unknown>.pagefind
 * @property {string[]} indexFiles     index/<key>_*.pf_index
 * @property {string[]} fragmentFiles  fragment/<key>_*.pf_fragment
 */

/**
 * Files of a folder whose names start with `<key>_` and end with the suffix.
 * @param {string} dir @param {string} key @param {string} suffix
 */
async function filesOf(dir, key, suffix) {
  const names = await readdir(dir).catch(() => /** @type {string[]} */ ([]));
  return names.filter((name) => name.startsWith(`${key}_`) && name.endsWith(suffix)).sort().map((name) => join(dir, name));
}

/**
 * The languages Pagefind indexed, with their files (paths absolute).
 * @param {string} bundle  The Pagefind folder, e.g. dist/pagefind.
 * @returns {Promise<{ version: string, languages: PagefindLanguage[] }>}
 */
export async function readPagefind(bundle) {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8').catch(() => { throw new Error(`${entryFile} is missing: did pagefind run?`); }));
  /** @type {PagefindLanguage[]} */
  const languages = [];
  for (const [key, info] of Object.entries(entry.languages ?? {})) {
    languages.push({
      key,
      hash: info.hash,
      wasm: info.wasm ?? null,
      pageCount: info.page_count,
      metaFile: join(bundle, `pagefind.${info.hash}.pf_meta`),
      wasmFile: join(bundle, `wasm.${info.wasm ?? 'unknown'}.pagefind`),
      indexFiles: await filesOf(join(bundle, 'index'), key, '.pf_index'),
      fragmentFiles: await filesOf(join(bundle, 'fragment'), key, '.pf_fragment'),
    });
  }
  return { version: entry.version, languages };
}
