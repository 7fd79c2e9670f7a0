import type { FieldErrors } from '../../domain/errors';
import type { SimTranslate } from '../../i18n/sim';

/** The text of a field's error, if the machine shows one. */
export function errorText(errors: FieldErrors, field: string, t: SimTranslate): string | undefined {
  const key = errors[field];
  return key ? t(key) : undefined;
}

/** What a form view sends on submit: show every error, then submit if the machine allows it. */
export interface SubmittableActor {
  send: (event: { type: 'form.check' } | { type: 'form.submit' }) => void;
}
