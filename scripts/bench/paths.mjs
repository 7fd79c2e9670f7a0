// Paths as printed: relative to the project when inside it, absolute otherwise.
import { isAbsolute, relative } from 'node:path';

/**
 * @param {string} root  Project root.
 * @param {string} path  Absolute path.
 */
export function shownPath(root, path) {
  const rel = relative(root, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
