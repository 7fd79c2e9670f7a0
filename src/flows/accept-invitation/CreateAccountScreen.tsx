import type { FieldErrors } from '../../domain/errors';
import type { SimTranslate } from '../../i18n/sim';
import type { Choice } from '../../islands/parts/choices';
import { ErrorSummary } from '../../islands/parts/ErrorSummary';
import { SelectField, TextField } from '../../islands/parts/Field';
import { FocusHeading } from '../../islands/parts/FocusHeading';
import { errorText, onFormSubmit } from '../../islands/parts/machineForm';
import { NewTabLink } from '../../islands/parts/navigation';
import { Sentence } from '../../islands/parts/Sentence';
import { practiceTextsRoute } from '../../islands/screens/PracticeTextsScreen';

/** What the account form holds: the invited person fills them in. */
export interface CreateAccountValues {
  readonly name: string;
  readonly password: string;
  readonly confirmPassword: string;
  readonly country: string;
}
export type CreateAccountField = keyof CreateAccountValues;

/** What the invitation fixes: the address, and whose agreement it is. */
export interface InvitedAccount {
  readonly email: string;
  readonly organization: string;
  readonly agreementNumber: string;
}

export interface CreateAccountScreenProps {
  readonly t: SimTranslate;
  readonly invitation: InvitedAccount;
  readonly values: CreateAccountValues;
  readonly errors: FieldErrors;
  readonly countries: readonly Choice[];
  readonly busy?: boolean;
  readonly onChange?: (field: CreateAccountField, value: string) => void;
  readonly onBlur?: (field: CreateAccountField) => void;
  readonly onSubmit?: () => void;
}

/**
 * "Create your organizational account", opened by the invitation email's Get started now. As in
 * the portal, no box to tick: the sentence beside Start says that choosing it accepts the terms
 * and shows the name and address to the organization (GUIDE-FACTS, `accept-invitation`).
 */
export function CreateAccountScreen({ t, invitation, values, errors, countries, busy = false, onChange, onBlur, onSubmit }: CreateAccountScreenProps) {
  const labels = { name: t('accept.name'), password: t('accept.password'), confirmPassword: t('accept.confirmPassword'), country: t('accept.country') };
  const change = (field: CreateAccountField) => (value: string) => onChange?.(field, value);
  const blur = (field: CreateAccountField) => () => onBlur?.(field);
  const practiceLink = (key: 'accept.termsLink' | 'accept.privacyLink') => <NewTabLink to={practiceTextsRoute} newTab={t('accept.newTab')}>{t(key)}</NewTabLink>;
  return (
    <div className="sim-screen">
      <FocusHeading>{t('accept.heading')}</FocusHeading>
      <p>{t('accept.for', { organization: invitation.organization, agreementNumber: invitation.agreementNumber })}</p>
      <p>{t('accept.intro')}</p>
      <form id="accept" noValidate onSubmit={onFormSubmit(onSubmit)} aria-busy={busy}>
        <ErrorSummary errors={errors} formId="accept" labels={labels} t={t} />
        <TextField id="accept-email" label={t('accept.email')} type="email" value={invitation.email} readOnly hint={t('accept.notYou')} />
        <TextField id="accept-name" label={labels.name} autoComplete="name" value={values.name} error={errorText(errors, 'name', t)}
          onChange={change('name')} onBlur={blur('name')} />
        <TextField id="accept-password" label={labels.password} type="password" autoComplete="new-password" value={values.password}
          error={errorText(errors, 'password', t)} onChange={change('password')} onBlur={blur('password')} />
        <TextField id="accept-confirmPassword" label={labels.confirmPassword} type="password" autoComplete="new-password" value={values.confirmPassword}
          error={errorText(errors, 'confirmPassword', t)} onChange={change('confirmPassword')} onBlur={blur('confirmPassword')} />
        <SelectField id="accept-country" label={labels.country} value={values.country} options={countries} placeholder={t('form.choose')}
          hint={t('accept.countryHint')} error={errorText(errors, 'country', t)} onChange={change('country')} onBlur={blur('country')} />
        <p id="accept-terms" className="sim-terms">
          <Sentence text={t('accept.terms')} parts={{ terms: practiceLink('accept.termsLink'), privacy: practiceLink('accept.privacyLink') }} />
        </p>
        <button type="submit" className="sim-button" disabled={busy} aria-describedby="accept-terms">{t('accept.submit')}</button>
      </form>
    </div>
  );
}
