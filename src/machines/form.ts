import type { ErrorKey, FieldErrors } from '../domain/errors';

/**
 * What every form machine keeps in its context, so every view reads a form the same way:
 * `values` as typed, and `errors` (dictionary keys by field path: `email`, `rows.0.email`, or
 * `form`) to show. A field's live error shows after `form.check` (`checked`: a submit was
 * tried), or once the learner left it after changing it (`dirty`, then `shown`); from then on it
 * follows each keystroke. Tabbing past an untouched field, or typing the first letters of an
 * address, raises nothing. What the store refused on the last submit shows until that field
 * changes (a form-wide refusal, such as `error.store.writeFailed`, until any field changes).
 * Machines pair this with a `failed` substate: left as soon as the learner changes something.
 */
export interface FormFields<V> {
  readonly values: V;
  /** Fields the learner changed. */
  readonly dirty: readonly string[];
  /** Fields whose live error shows: left after a change. */
  readonly shown: readonly string[];
  readonly checked: boolean;
  readonly refused: FieldErrors;
  readonly errors: FieldErrors;
}

/** The domain's checks for a whole form: errors by field path, `{}` when it may be sent. */
export type Validate<V> = (values: V) => FieldErrors;

/** The events every form machine understands. */
export type FieldEvent =
  | { readonly type: 'field.change'; readonly field: string; readonly value: unknown }
  | { readonly type: 'field.blur'; readonly field: string }
  | { readonly type: 'form.check' };

function entries(errors: FieldErrors): [string, ErrorKey][] {
  return Object.entries(errors).filter((entry): entry is [string, ErrorKey] => entry[1] !== undefined);
}

/** Recomputes `errors` from the rest: live errors where shown, the store's refusals beneath. */
export function withErrors<V>(form: Omit<FormFields<V>, 'errors'>, validate: Validate<V>): FormFields<V> {
  const live = entries(validate(form.values)).filter(([field]) => form.checked || form.shown.includes(field));
  return { ...form, errors: { ...form.refused, ...Object.fromEntries(live) } };
}

/** A form as first shown: nothing changed, nothing refused. */
export function freshForm<V>(values: V, validate: Validate<V>): FormFields<V> {
  return withErrors({ values, dirty: [], shown: [], checked: false, refused: {} }, validate);
}

function including(fields: readonly string[], field: string): readonly string[] {
  return fields.includes(field) ? fields : [...fields, field];
}

/** After the learner typed into `field`: new values, the field dirty, its refusal and the form's gone. */
export function changed<V>(form: FormFields<V>, values: V, field: string, validate: Validate<V>): FormFields<V> {
  const refused = Object.fromEntries(entries(form.refused).filter(([key]) => key !== field && key !== 'form'));
  return withErrors({ ...form, values, dirty: including(form.dirty, field), refused }, validate);
}

/**
 * After the learner ticked or chose something in `field` (a role box): a choice is whole the
 * moment it is made, so its error shows at once, where a text field waits for the learner to leave it.
 */
export function picked<V>(form: FormFields<V>, values: V, field: string, validate: Validate<V>): FormFields<V> {
  const next = changed(form, values, field, validate);
  return withErrors({ ...next, shown: including(next.shown, field) }, validate);
}

/** After the learner left `field` (blur): if they changed it, its live error shows from now on. */
export function blurred<V>(form: FormFields<V>, field: string, validate: Validate<V>): FormFields<V> {
  if (!form.dirty.includes(field)) return form;
  return withErrors({ ...form, shown: including(form.shown, field) }, validate);
}

/** After `form.check` (say, a submit attempt): every live error shows. */
export function checked<V>(form: FormFields<V>, validate: Validate<V>): FormFields<V> {
  return withErrors({ ...form, checked: true }, validate);
}

/** The store refused the submit: its errors show, the learner's input stays as it was. */
export function refused<V>(form: FormFields<V>, errors: FieldErrors, validate: Validate<V>): FormFields<V> {
  return withErrors({ ...form, refused: errors }, validate);
}

/** Before a new submit: the previous refusal no longer applies. */
export function submitted<V>(form: FormFields<V>, validate: Validate<V>): FormFields<V> {
  return withErrors({ ...form, refused: {} }, validate);
}

/** Whether the domain's checks pass: what `state.can('form.submit')` answers. */
export function isValid<V>(values: V, validate: Validate<V>): boolean {
  return entries(validate(values)).length === 0;
}

/** Form input arrives from views and other code: anything that is not a string counts as empty. */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
