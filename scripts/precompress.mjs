// Writes `x.br` and `x.gz` beside every text file `x` of dist/, compressed once at their
// smallest (brotli quality 11, gzip level 9), for hosts that serve precompressed files
// (deploy/nginx.conf: brotli_static, gzip_static) instead of compressing every response.
// Run last by `npm run build`, after the search index is written.
// Usage: node scripts/precompress.mjs [dir]
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const dir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
// Text formats only. Pagefind's index files (.pf_*, .pagefind) are gzip already; images other than SVG are compressed formats.
const textTypes = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);
// The host files are read by hosts, never sent to visitors.
const hostFiles = /^(_headers|_nginx\/)/;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** @param {Buffer} bytes */
const variants = async (bytes) => ({
  '.br': await brotli(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }),
  '.gz': await gzipped(bytes, { level: constants.Z_BEST_COMPRESSION }),
});

const entries = await readdir(dir, { withFileTypes: true, recursive: true });
const files = entries
  .filter((entry) => entry.isFile() && textTypes.has(extname(entry.name)))
  .map((entry) => join(entry.parentPath, entry.name))
  .filter((file) => !hostFiles.test(relative(dir, file).split('\\').join('/')));

/** Compresses one file; returns its brotli size (or its own, if it stays as it is) and how many files it wrote. */
/** @param {string} file */
async function precompress(file) {
  const bytes = await readFile(file);
  let written = 0;
  let brotliSize = bytes.length;
  for (const [suffix, compressed] of Object.entries(await variants(bytes))) {
    // A tiny file can grow when compressed: then the host sends it as it is.
    if (compressed.length >= bytes.length) continue;
    await writeFile(file + suffix, compressed);
    written += 1;
    if (suffix === '.br') brotliSize = compressed.length;
  }
  return { before: bytes.length, after: brotliSize, written };
}

// All at once: zlib compresses on libuv's thread pool, so the files share the machine's cores.
const results = await Promise.all(files.map(precompress));
/** @param {'before' | 'after' | 'written'} key */
const sum = (key) => results.reduce((total, result) => total + result[key], 0);
console.log(`precompressed: ${sum('written')} files (.br and .gz) for ${files.length} text files in ${dir}; brotli ${sum('before')} B → ${sum('after')} B`);
