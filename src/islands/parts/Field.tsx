import type { ReactNode } from 'react';

interface Common {
  /** The form's id prefix plus the field's name: `resend-email`. */
  readonly id: string;
  readonly label: string;
  /** The localized error text, if any: tied to the control by aria-describedby. */
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
}

/** The ids that describe a control: its hint and its error. */
function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** An error next to its field, marked by words and an icon, not by colour alone. */
export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  return error ? (
    <p className="sim-field-error" id={`${id}-error`}>
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  ) : null;
}

function Frame({ id, label, error, hint, children }: Common & { children: ReactNode }) {
  return (
    <div className={error ? 'sim-field sim-field-invalid' : 'sim-field'}>
      <label htmlFor={id}>{label}</label>
      {hint && <p className="sim-hint" id={`${id}-hint`}>{hint}</p>}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

type TextProps = Common & {
  readonly value: string;
  readonly type?: 'text' | 'email' | 'password' | 'number';
  readonly autoComplete?: string;
  readonly readOnly?: boolean;
  readonly onChange?: (value: string) => void;
  readonly onBlur?: () => void;
};

let pressing = false;
const released = ['pointerup', 'pointercancel'] as const;

/** Runs `then` once the pointer press under way is over (and its click handled). */
function afterPress(then: () => void): void {
  const done = () => {
    for (const type of released) document.removeEventListener(type, done, { capture: true });
    setTimeout(then);
  };
  for (const type of released) document.addEventListener(type, done, { capture: true });
}

if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', () => {
    pressing = true;
    afterPress(() => { pressing = false; });
  }, { capture: true });
}

/**
 * Leaving a field checks it, but when a pointer press moved focus away (a click on Submit, on
 * a role box), only once the press is released and its click handled: an error appearing under
 * the field mid-press would move the target from under the pointer and lose the click.
 */
function leaving(onBlur: (() => void) | undefined) {
  return () => {
    if (!onBlur) return;
    if (!pressing) return onBlur();
    afterPress(onBlur);
  };
}

/** A labelled text input with its hint and error. */
export function TextField({ id, label, error, hint, value, type = 'text', autoComplete, readOnly, onChange, onBlur }: TextProps) {
  return (
    <Frame id={id} label={label} error={error} hint={hint}>
      <input id={id} name={id} type={type} value={value} autoComplete={autoComplete} readOnly={readOnly}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange?.(event.target.value)} onBlur={leaving(onBlur)} />
    </Frame>
  );
}

type SelectProps = Common & {
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly placeholder?: string;
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
};

/** A labelled select with its hint and error. */
export function SelectField({ id, label, error, hint, value, options, placeholder, onChange, onBlur }: SelectProps) {
  return (
    <Frame id={id} label={label} error={error} hint={hint}>
      <select id={id} name={id} value={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onChange(event.target.value)} onBlur={leaving(onBlur)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </Frame>
  );
}
