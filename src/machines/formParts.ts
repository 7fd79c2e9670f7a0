import { assertEvent, type EventObject } from 'xstate';
import type { Permission } from '../domain/permissions';
import type { SessionView } from '../store/viewTypes';
import * as form from './form';
import { refusalOf } from './portalCall';
import { sessionMay } from './session';

/**
 * The form plumbing every form machine shares, written once: the field guards, the
 * change/blur/check/clearRefusal updates, the form state node, and the signed-in gate a
 * signed-in flow starts with. Each machine names its fields and its domain rules; the
 * conventions (README.md, "Shared conventions") are this code.
 */

/** A form's domain rules, which may depend on the machine's context (the list the store gave). */
export type RulesOf<C> = (context: C) => form.Validate<C extends form.FormFields<infer V> ? V : never>;

/** How a form reads a changed field's value: text by default (anything else counts as empty). */
export type ValueOf = (field: string, value: unknown) => unknown;

const textValue: ValueOf = (_field, value) => form.textOf(value);

type FieldArgs<C> = { readonly context: C; readonly event: EventObject };
const fieldOf = (event: EventObject) => (event as EventObject & { readonly field: string }).field;

/**
 * The guards and context updates of one form: `isField` (an event about one of `fields`),
 * `isComplete` (the domain's rules pass: what `state.can({ type: 'form.submit' })` answers), and
 * the updates `change`, `blur`, `check`, `clearRefusal` (form.ts), each for `assign()` in the
 * machine's `setup()` (so XState types them with the machine's own events and actors).
 * @example const parts = formParts<ResendValues, ResendContext>(['email'], () => validateResendForm);
 * setup({ guards: parts.guards, actions: { change: assign(parts.change), blur: assign(parts.blur), … } })
 */
export function formParts<V, C extends form.FormFields<V>>(fields: readonly string[], rulesOf: (context: C) => form.Validate<V>, valueOf: ValueOf = textValue) {
  const updated = (next: form.FormFields<V>) => next as Partial<C>;
  return {
    guards: {
      isField: ({ event }: { readonly event: EventObject }) => {
        assertEvent(event as form.FieldEvent, ['field.change', 'field.blur']);
        return fields.includes(fieldOf(event));
      },
      isComplete: ({ context }: { readonly context: C }) => form.isValid(context.values, rulesOf(context)),
    },
    change: ({ context, event }: FieldArgs<C>) => {
      assertEvent(event as form.FieldEvent, 'field.change');
      const field = fieldOf(event);
      const values = { ...context.values, [field]: valueOf(field, (event as EventObject & { readonly value: unknown }).value) };
      return updated(form.changed(context, values, field, rulesOf(context)));
    },
    blur: ({ context, event }: FieldArgs<C>) => {
      assertEvent(event as form.FieldEvent, 'field.blur');
      return updated(form.blurred(context, fieldOf(event), rulesOf(context)));
    },
    check: ({ context }: { readonly context: C }) => updated(form.checked(context, rulesOf(context))),
    clearRefusal: ({ context }: { readonly context: C }) => updated(form.submitted(context, rulesOf(context))),
  };
}

/** How a form node names its guards and actions: by name, or with `params` (one machine, several forms). */
type Named<N extends string, P> = P extends undefined ? N : { readonly type: N; readonly params: P };
const named = <const N extends string, const P>(type: N, params: P) => (params === undefined ? type : { type, params }) as Named<N, P>;

/**
 * The form state node: `editing` | `failed` (tag `failed`: the store refused the last submit;
 * left as soon as the learner changes something), the field events, `form.check`, and
 * `form.submit` to `submitTarget` when the rules pass. `more` adds substates or events; `params`
 * are handed to the guards and actions, for a machine with several forms (the partner console).
 */
export function formNode<const T extends string, const S extends object = object, const O extends object = object, const P = undefined>(
  submitTarget: T,
  more: { readonly states?: S; readonly on?: O; readonly params?: P } = {},
) {
  const params = more.params as P;
  return {
    tags: ['editing'],
    initial: 'editing',
    on: {
      'field.change': { guard: named('isField', params), target: '.editing', actions: named('change', params) },
      'field.blur': { guard: named('isField', params), actions: named('blur', params) },
      'form.check': { actions: named('check', params) },
      'form.submit': { guard: named('isComplete', params), target: submitTarget, actions: named('clearRefusal', params) },
      ...(more.on as O),
    },
    states: { editing: {}, failed: { tags: ['failed'] }, ...(more.states as S) },
  } as const;
}

/** What a signed-in flow's loading actor answers: at least who is signed in. */
interface Loaded {
  readonly output: { readonly session: SessionView | null };
}

/**
 * The start of a signed-in flow (`loading` → `signedOut` | `forbidden` | `unavailable`): the
 * first `onDone` branches, nobody signed in or no `permission` (read from the store's session).
 * The flow's own branches follow.
 * @example onDone: [...gateBranches('users.invite'), { target: 'form', actions: … }]
 */
export function gateBranches(permission: Permission) {
  return [
    { guard: ({ event }: { event: Loaded }) => event.output.session === null, target: 'signedOut' },
    { guard: ({ event }: { event: Loaded }) => !sessionMay(event.output.session, permission), target: 'forbidden' },
  ] as const;
}

/** The gate's other states: the store out of reach (`load.retry`), signed out, not allowed. */
export const gateStates = {
  unavailable: { tags: ['failed'], on: { 'load.retry': { target: 'loading' } } },
  signedOut: { tags: ['blocked'] },
  forbidden: { tags: ['blocked'] },
} as const;

/** The gate's `onError` update (`assign` it, target `unavailable`): why the store could not be asked. */
export const unavailableErrors = ({ event }: { readonly event: EventObject }) => ({ errors: refusalOf((event as EventObject & { readonly error?: unknown }).error) });
