import { validateAgreementNumber } from '../../domain/agreement';
import { validateAdministratorForm, validateNewAdministratorEmail } from '../../domain/commands/partner';
import { collectErrors, type FieldErrors } from '../../domain/errors';
import type { PartnerAgreementView } from '../../store/viewTypes';
import type { Validate } from '../../machines/form';

/**
 * The partner center's three small forms share one set of values: the agreement number found
 * first, then the fields of the task at hand (another administrator, or a corrected address).
 */
export interface PartnerValues {
  readonly agreementNumber: string;
  readonly name: string;
  readonly email: string;
  readonly preferredLanguage: string;
}

/** Which of the three forms is open: find the agreement, name another administrator, correct the address. */
export type PartnerForm = 'lookup' | 'replace' | 'correct';

/** The fields each form shows. */
export const partnerFields: Readonly<Record<PartnerForm, readonly string[]>> = {
  lookup: ['agreementNumber'],
  replace: ['name', 'email', 'preferredLanguage'],
  correct: ['email'],
};

/** A form's domain rules, knowing the agreement found (its administrator's current address). */
export type PartnerRule = (values: PartnerValues, agreement: PartnerAgreementView | null) => FieldErrors;

const currentEmail = (agreement: PartnerAgreementView | null) => agreement?.purchasingAccountAdministrator.email ?? '';

/**
 * Each form's domain rules: the domain's own checks of the partner commands. Whether the new
 * address is someone else's is the store's to answer.
 */
export const partnerRules: Readonly<Record<PartnerForm, PartnerRule>> = {
  lookup: (values) => collectErrors({ agreementNumber: validateAgreementNumber(values.agreementNumber) }) ?? {},
  replace: (values, agreement) => validateAdministratorForm(values, currentEmail(agreement)),
  correct: (values, agreement) => collectErrors({ email: validateNewAdministratorEmail(values.email, currentEmail(agreement)) }) ?? {},
};

/** A form's rules as a machine's `Validate`, for the agreement in `context`. */
export function rulesOf(context: { readonly agreement: PartnerAgreementView | null }, which: PartnerForm): Validate<PartnerValues> {
  return (values) => partnerRules[which](values, context.agreement);
}

/** The number of the agreement found ('' before one is). */
export function agreementNumberOf(agreement: PartnerAgreementView | null): string {
  return agreement?.agreementNumber ?? '';
}

/**
 * A task's form as it opens: empty. The language too: it is the new administrator's own (their
 * invitation is written in it), so the partner chooses it rather than inheriting the current one's.
 */
export function taskValues(values: PartnerValues): PartnerValues {
  return { ...values, name: '', email: '', preferredLanguage: '' };
}
