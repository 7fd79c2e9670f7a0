import type { FormEvent } from 'react';
import type { FieldErrors } from '../../domain/errors';
import type { SimTranslate } from '../../i18n/sim';

/** The text of a field's error, if the machine shows one. */
export function errorText(errors: FieldErrors, field: string, t: SimTranslate): string | undefined {
  const key = errors[field];
  return key ? t(key) : undefined;
}

/** A form machine's `send`, as far as submitting goes. */
export type SubmitSend = (event: { readonly type: 'form.check' } | { readonly type: 'form.submit' }) => void;

/**
 * What a form view sends on submit: focus is armed to move to the first error, every error is
 * shown, then the machine submits if it allows it.
 */
export function submitForm(send: SubmitSend, focus: { arm(): void }): void {
  focus.arm();
  send({ type: 'form.check' });
  send({ type: 'form.submit' });
}

/** A form's submit handler for a screen: the page stays (no browser submit), the view is told. */
export function onFormSubmit(onSubmit: (() => void) | undefined): (event: FormEvent) => void {
  return (event) => {
    event.preventDefault();
    onSubmit?.();
  };
}
