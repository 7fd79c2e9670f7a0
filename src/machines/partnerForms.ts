import { validateAgreementNumber } from '../domain/agreement';
import { validateWorkEmail } from '../domain/email';
import { collectErrors } from '../domain/errors';
import { validateLanguage } from '../domain/languages';
import { validateName } from '../domain/personName';
import type { PartnerAgreementView } from '../store/viewTypes';
import type { Validate } from './form';

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

/**
 * Each form's domain rules. Whether the new address differs from the current one
 * (`error.email.sameAsCurrent`) or is someone else's is the store's to answer.
 */
export const partnerRules: Readonly<Record<PartnerForm, Validate<PartnerValues>>> = {
  lookup: (values) => collectErrors({ agreementNumber: validateAgreementNumber(values.agreementNumber) }) ?? {},
  replace: (values) =>
    collectErrors({ name: validateName(values.name), email: validateWorkEmail(values.email), preferredLanguage: validateLanguage(values.preferredLanguage) }) ?? {},
  correct: (values) => collectErrors({ email: validateWorkEmail(values.email) }) ?? {},
};

/** The number of the agreement found ('' before one is). */
export function agreementNumberOf(agreement: PartnerAgreementView | null): string {
  return agreement?.agreementNumber ?? '';
}

/** A task's form as it opens: empty, in the current administrator's language to start with. */
export function taskValues(values: PartnerValues, agreement: PartnerAgreementView | null): PartnerValues {
  return { ...values, name: '', email: '', preferredLanguage: agreement?.purchasingAccountAdministrator.preferredLanguage ?? '' };
}
