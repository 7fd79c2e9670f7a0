import { authorize } from '../domain/commands/authorize';
import type { CommandResult } from '../domain/commands/result';
import { formError, type Result } from '../domain/errors';
import type { Permission } from '../domain/permissions';
import type { PortalState } from '../domain/state';
import type { Backend } from './backend';
import type { PortalChange } from './portalApi';

/**
 * Runs the portal's calls one at a time, each against the latest state, and tells listeners.
 * Serializing matters because some commands wait (password hashing) between reading and
 * writing: without it two quick calls in one tab could each apply to the same old state.
 */
export function createRunner(backend: Backend, reportError: (error: unknown) => void) {
  let queue: Promise<unknown> = Promise.resolve();
  const listeners = new Set<(change: PortalChange) => void>();

  function notify(origin: PortalChange['origin'], revision: number): void {
    for (const listener of [...listeners]) {
      try {
        listener({ revision, origin });
      } catch (error) {
        reportError(error); // one broken listener must not undo or block a saved change
      }
    }
  }
  backend.onExternalChange((revision) => notify('external', revision));

  /**
   * Queues `task` after every earlier call. A bug in it is reported and answered with
   * `fallback()`, never thrown at the caller (a machine must not crash on the store).
   */
  function serial<T>(task: () => Promise<T> | T, fallback: () => T): Promise<T> {
    const run = queue.then(async () => {
      try {
        return await task();
      } catch (error) {
        reportError(error);
        return fallback();
      }
    });
    queue = run;
    return run;
  }

  /** `serial` for calls answering a Result: a bug answers `error.input.invalid`. */
  function exclusive<T extends object>(task: () => Promise<Result<T>> | Result<T>): Promise<Result<T>> {
    return serial<Result<T>>(task, () => formError('error.input.invalid'));
  }

  /**
   * Applies a pure command to the latest state and saves the whole new state, or nothing:
   * on a failed save the previous state stays and the answer is `error.store.writeFailed`.
   */
  function apply<P extends object, T extends object>(
    command: (state: PortalState) => CommandResult<P>,
    answer: (state: PortalState, payload: P) => T,
  ): Result<T> {
    const before = backend.read().state;
    const result = command(before);
    if (!result.ok) return result;
    if (result.state !== before) {
      if (!backend.write(result.state)) return formError('error.store.writeFailed');
      notify('local', backend.read().revision);
    }
    return { ok: true, ...answer(result.state, result) };
  }

  return {
    serial,
    exclusive,
    apply,
    /** A command, queued. */
    command<P extends object, T extends object>(command: (state: PortalState) => CommandResult<P>, answer: (state: PortalState, payload: P) => T) {
      return exclusive(() => apply(command, answer));
    },
    /** A read needing `permission` (or none), queued so it sees this tab's earlier commands. */
    query<T extends object>(permission: Permission | null, answer: (state: PortalState) => T): Promise<Result<T>> {
      return exclusive(() => {
        const { state } = backend.read();
        if (permission === null) return { ok: true, ...answer(state) };
        const authorized = authorize(state, permission);
        return authorized.ok ? { ok: true, ...answer(state) } : authorized;
      });
    },
    /** Replaces the whole state (reset, import). */
    replace(state: PortalState): Result {
      return apply(() => ({ ok: true, state }), () => ({}));
    },
    read: () => backend.read().state,
    subscribe(listener: (change: PortalChange) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
