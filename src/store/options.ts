import type { LanguageId } from '../domain/languages';
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
   * The language the simulator is opened in (the page's). Whenever this portal has to start from
   * the seed (nothing stored yet, a reset, unreadable data), Harry prefers this language, so his
   * invitation reads like the page. A stored document keeps the language it has. Default English.
   */
  readonly language?: LanguageId;
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
  const { epoch, language } = options;
  return {
    newId,
    hasher: options.hasher ?? createPbkdf2Hasher(),
    seed: () => createSeed({ newId, ...(epoch === undefined ? {} : { epoch }), ...(language === undefined ? {} : { language }) }),
    reportError: options.reportError ?? ((error) => console.error('portal:', error)),
  };
}
