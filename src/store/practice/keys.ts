/**
 * Where practice keeps its data in localStorage, apart from the free simulator's
 * (`business-center-help:portal`): a small module, so the list and summary pages can name the
 * keys without loading the portal's store.
 */

/** A scenario's portal document. */
export const scenarioKey = (id: string) => `business-center-help:practice:${id}`;
/** The attempt kept beside a scenario's document (start state, log, hints). */
export const attemptKey = (id: string) => `${scenarioKey(id)}:attempt`;
/** Progress over every scenario, and the assessment switch. */
export const PROGRESS_KEY = 'business-center-help:practice-progress';
/** Where the last unreadable copy of a record is kept, for whoever wants to look at it (as for the portal's document). */
export const CORRUPT_SUFFIX = ':corrupt';
/** The last unreadable progress record. */
export const PROGRESS_CORRUPT_KEY = `${PROGRESS_KEY}${CORRUPT_SUFFIX}`;

/** Every key above: what resetting practice forgets. */
export const isPracticeKey = (key: string) => key.startsWith(PROGRESS_KEY) || key.startsWith(scenarioKey(''));
/** In sessionStorage (this tab only): Show me was playing `id`'s solution, so a reload can say it stopped it. */
export const showMeKey = (id: string) => `${scenarioKey(id)}:show-me`;
