// Compressed sizes, as a static host would send them.
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { constants, gzipSync } from 'node:zlib';

/** Compression level used throughout (the maximum, as `gzip -9`). */
export const GZIP_LEVEL = constants.Z_BEST_COMPRESSION;

/**
 * Gzip size of some bytes or text.
 * @param {string | Uint8Array} data
 * @returns {number} bytes after gzip -9
 */
export function gzipSize(data) {
  return gzipSync(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, { level: GZIP_LEVEL }).length;
}

/**
 * Whether bytes already are a gzip stream (Pagefind writes its index files compressed).
 * @param {Uint8Array} bytes
 */
export function isGzip(bytes) {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Size of a file and its gzip size; a file that already is gzip counts as is.
 * @param {string} file
 * @returns {Promise<{ raw: number, gzip: number, precompressed: boolean }>}
 */
export async function fileSizes(file) {
  const bytes = await readFile(file);
  const precompressed = isGzip(bytes);
  return { raw: bytes.length, gzip: precompressed ? bytes.length : gzipSize(bytes), precompressed };
}
