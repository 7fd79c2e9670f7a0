import { createPbkdf2Hasher, type PasswordHasher } from '../domain/passwordHash';
import type { PortalState } from '../domain/state';
import { createSeed } from './seed';

/** What both portals (memory and browser) let a caller choose. */
export interface PortalOptions {
  /** Ids and link tokens. Default `crypto.randomUUID()`; tests inject a counter. */
  readonly newId?: () => string;
  /** Default PBKDF2-SHA-256, 10,000 iterations (see domain/passwordHash.ts). */
  readonly hasher?: PasswordHasher;
  /** Day 0 of the seed's clock (ISO). Default: the guide's month, see seed.ts. */
  readonly epoch?: string;
  /**
   * Where an unexpected exception (a bug, never bad input) is reported; the call then answers
   * `error.input.invalid` instead of throwing. Default `console.error`.
   */
  readonly reportError?: (error: unknown) => void;
}

export interface ResolvedOptions {
  readonly newId: () => string;
  readonly hasher: PasswordHasher;
  readonly seed: () => PortalState;
  readonly reportError: (error: unknown) => void;
}

export function resolveOptions(options: PortalOptions): ResolvedOptions {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const epoch = options.epoch;
  return {
    newId,
    hasher: options.hasher ?? createPbkdf2Hasher(),
    seed: () => createSeed(epoch === undefined ? { newId } : { newId, epoch }),
    reportError: options.reportError ?? ((error) => console.error('portal:', error)),
  };
}
