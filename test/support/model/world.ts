import { createPbkdf2Hasher } from '../../../src/domain/passwordHash';
import type { PortalState } from '../../../src/domain/state';
import { createMemoryBackend, type Backend } from '../../../src/store/backend';
import { createPortal } from '../../../src/store/createPortal';
import type { PortalApi } from '../../../src/store/portalApi';
import { createSeed } from '../../../src/store/seed';

/** What the store looked like just before the learner's last action: checks compare against it. */
export interface Mark {
  readonly revision: number;
  readonly messages: number;
}

/**
 * The real memory store, as a machine meets it, plus two faults a test can switch on for the
 * next call only: the backend failing to save (the store then answers
 * `error.store.writeFailed`), and a call rejecting (a portal server out of reach).
 */
export interface World {
  /** What the machine under test is given: the store, with the faults. */
  readonly portal: PortalApi;
  /** The same store without faults: for arranging a scene and for checking what it holds. */
  readonly store: PortalApi;
  failNextWrite(): void;
  /** The next call of `method` rejects (a method, so that calls chained after another can be aimed at). */
  rejectNextCall(method: string): void;
  mark(): Promise<Mark>;
  /** Anything a scene wants to remember (say, a token or a user id given as input). */
  readonly notes: Map<string, string>;
}

export function counter(): () => string {
  let next = 0;
  return () => `id-${++next}`;
}

/** Where a world starts: the seed by default, or a state built beforehand with the same `newId`. */
export interface WorldOptions {
  readonly state?: PortalState;
  readonly newId?: () => string;
}

/**
 * A fresh seed (Harry invited on day 0), or `options.state` (a practice scenario's start), in a
 * memory backend whose saves can be made to fail.
 */
export function createWorld(options: WorldOptions = {}): World {
  const newId = options.newId ?? counter();
  const inner = createMemoryBackend(options.state ?? createSeed({ newId }));
  let failWrites = false;
  let rejectCall: string | null = null;
  const backend: Backend = {
    ...inner,
    write(state) {
      if (!failWrites) return inner.write(state);
      failWrites = false;
      return false;
    },
  };
  const store = createPortal(backend, { newId, hasher: createPbkdf2Hasher(1) });
  const portal = new Proxy(store, {
    get(target, property: keyof PortalApi) {
      const member = target[property];
      if (property === 'subscribe' || typeof member !== 'function') return member;
      return (...args: unknown[]) => {
        if (rejectCall !== property) return (member as (...a: unknown[]) => unknown).apply(target, args);
        rejectCall = null;
        return Promise.reject(new Error('portal unreachable'));
      };
    },
  });
  return {
    portal,
    store,
    failNextWrite: () => void (failWrites = true),
    rejectNextCall: (method) => void (rejectCall = method),
    async mark() {
      const boxes = await store.listMailboxes();
      return { revision: (await store.getStatus()).revision, messages: boxes.reduce((sum, box) => sum + box.messages, 0) };
    },
    notes: new Map(),
  };
}
