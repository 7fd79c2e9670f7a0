import type { VitestOnly } from './modelPaths';

/** Store answers the browser store can never give, whatever the page does: left to the Vitest model tests. */
export const noPage = {
  rejected: { vitestOnly: 'the browser store never rejects a call: it runs in the page and answers its own failures as a refusal (runner.serial)' },
  writeFailed: { vitestOnly: 'the browser store never refuses a save: when the browser does, practice goes on in memory with a notice (storageBackend)' },
} as const satisfies Record<string, VitestOnly>;
