// Finds the Chromium binary Lighthouse drives.
import { access, constants } from 'node:fs/promises';

/** Default binary (Debian's chromium package). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * Path of Chromium: $CHROMIUM_PATH, else /usr/bin/chromium; a reason when it can't be run.
 * @returns {Promise<{ path: string, missing?: string }>}
 */
export async function findChromium() {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  const from = process.env.CHROMIUM_PATH ? 'CHROMIUM_PATH' : 'default path';
  try {
    await access(path, constants.X_OK);
    return { path };
  } catch {
    return { path, missing: `no executable Chromium at ${path} (${from}; set CHROMIUM_PATH or install Debian's chromium)` };
  }
}
