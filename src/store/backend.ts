import type { PortalState } from '../domain/state';

/**
 * Where data lives, and whether the last load had to recover:
 * - `corrupt`: stored data was unreadable or invalid; it was set aside and the seed loaded;
 * - `unavailable`: storage cannot even be read (disabled, blocked); changes last until reload;
 * - `unsaved`: the browser refused a save (quota full, blocked); from then on practice goes on in
 *   memory, lost when the page is left.
 */
export interface StoreStatus {
  readonly persistence: 'memory' | 'localStorage';
  readonly recovery: 'none' | 'corrupt' | 'unavailable' | 'unsaved';
  readonly revision: number;
}

export interface Snapshot {
  readonly state: PortalState;
  readonly revision: number;
}

/**
 * What `createPortal` needs from a place to keep the state. `read` answers the latest state
 * (another tab may have written since); `write` saves a whole new state or, failing, answers
 * false and keeps the previous one.
 */
export interface Backend {
  read(): Snapshot;
  write(state: PortalState): boolean;
  status(): StoreStatus;
  acknowledgeRecovery(): void;
  /** Registers the callback for changes made elsewhere (other tabs). */
  onExternalChange(callback: (revision: number) => void): void;
}

/** Keeps the state in a variable: for tests, and as the fallback when storage is unusable. */
export function createMemoryBackend(initial: PortalState, recovery: StoreStatus['recovery'] = 'none'): Backend {
  let snapshot: Snapshot = { state: initial, revision: 0 };
  let currentRecovery = recovery;
  return {
    read: () => snapshot,
    write(state) {
      snapshot = { state, revision: snapshot.revision + 1 };
      return true;
    },
    status: () => ({ persistence: 'memory', recovery: currentRecovery, revision: snapshot.revision }),
    acknowledgeRecovery() {
      currentRecovery = 'none';
    },
    onExternalChange() {
      // Nothing else can change a memory store.
    },
  };
}
