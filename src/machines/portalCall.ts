import type { ErrorKey, FieldErrors, Result } from '../domain/errors';

/**
 * The store refused a command: `{ ok: false, errors }`. Invoked actors reject with it, so a
 * machine's `onDone` only ever sees an accepted answer (typed, no guard needed) and its
 * `onError` every refusal, with the store's keys kept whole.
 */
export class PortalRefusal extends Error {
  readonly errors: FieldErrors;

  constructor(errors: FieldErrors) {
    super(`portal refused: ${JSON.stringify(errors)}`);
    this.name = 'PortalRefusal';
    this.errors = errors;
  }
}

/**
 * The payload of an accepted answer; a refused one rejects with a `PortalRefusal`.
 * @example fromPromise(({ input }) => accepted(input.portal.signIn(input.values)))
 */
export async function accepted<T extends object>(answer: Promise<Result<T>>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new PortalRefusal(result.errors);
  return result;
}

/**
 * The unexpected: a rejection that is not a refusal (a portal server out of reach, a bug). The
 * store answers its own unexpected failures with `error.input.invalid`; machines do the same.
 */
export const unexpectedError: FieldErrors = { form: 'error.input.invalid' };

/** The errors an `onError` should show: the store's own keys, or `unexpectedError`. */
export function refusalOf(error: unknown): FieldErrors {
  return error instanceof PortalRefusal ? error.errors : unexpectedError;
}

/** The form-wide key of a rejection (`error.invitation.expired`…), for routing guards. */
export function refusalKey(error: unknown): ErrorKey | undefined {
  return refusalOf(error)['form'];
}

/**
 * A refusal about something other than the form's fields (say, removing a domain from the
 * list): its key shown form-wide, so it does not sit under an input it is not about.
 */
export function asFormError(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.values(errors).slice(0, 1).map((key) => ['form', key]));
}
