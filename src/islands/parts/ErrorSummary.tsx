import { useEffect, useRef, useState } from 'react';
import type { FieldErrors } from '../../domain/errors';
import type { SimTranslate } from '../../i18n/sim';

/**
 * The errors of a form, announced (role=alert) and listed with links to their fields. The
 * form-wide error (`form`) is a sentence of its own.
 */
export function ErrorSummary({ errors, formId, labels, t }: { errors: FieldErrors; formId: string; labels: Readonly<Record<string, string>>; t: SimTranslate }) {
  const entries = Object.entries(errors).filter((entry): entry is [string, NonNullable<FieldErrors[string]>] => entry[1] !== undefined);
  if (entries.length === 0) return null;
  const formError = errors['form'];
  const fields = entries.filter(([field]) => field !== 'form');
  return (
    <div className="sim-error-summary" role="alert" id={`${formId}-summary`} tabIndex={-1}>
      {formError && <p><span aria-hidden="true">⚠ </span>{t(formError)}</p>}
      {fields.length > 0 && (
        <>
          <p className="sim-error-summary-title">{t('form.problems')}</p>
          <ul>
            {fields.map(([field, key]) => (
              <li key={field}><a href={`#${formId}-${field.replaceAll('.', '-')}`} onClick={(event) => {
                event.preventDefault();
                document.getElementById(`${formId}-${field.replaceAll('.', '-')}`)?.focus();
              }}>{labels[field] ?? field}: {t(key)}</a></li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * After a submit that showed errors, focus goes to the first invalid field (or, for a
 * form-wide refusal, the summary). Call `arm()` on submit; once the form is no longer busy,
 * focus moves if there are errors (at once for the form's own checks, after the store's answer
 * for a refusal).
 */
export function useFocusFirstError(formId: string, errors: FieldErrors, busy: boolean) {
  const pending = useRef(false);
  const [attempt, setAttempt] = useState(0);
  const signature = JSON.stringify(errors);
  useEffect(() => {
    if (!pending.current || busy) return;
    pending.current = false;
    if (signature === '{}') return;
    const form = document.getElementById(formId);
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? document.getElementById(`${formId}-summary`);
    target?.focus();
  }, [formId, signature, busy, attempt]);
  return {
    arm: () => {
      pending.current = true;
      setAttempt((count) => count + 1);
    },
  };
}
