import type { Result } from '../errors';
import type { PortalState } from '../state';

/**
 * What a command answers: the whole next state plus its payload, or errors and no state at
 * all. A caller that stores `state` only on `ok` can never keep half a command.
 */
export type CommandResult<T extends object = object> = Result<{ readonly state: PortalState } & T>;
