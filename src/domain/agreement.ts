import type { ErrorKey } from './errors';
import type { LanguageId } from './languages';
import { digits } from './text';

/** The person the MPSA names as purchasing account administrator (purchasing account contact). */
export interface Contact {
  readonly name: string;
  readonly email: string;
  readonly preferredLanguage: LanguageId;
}

/** A Microsoft Products and Services Agreement, as far as the Business Center needs it. */
export interface Agreement {
  /** Ten digits, e.g. 1234567890. */
  readonly number: string;
  /** Ten digits, e.g. 5012345678 (our decision: the guide only shows an example). */
  readonly purchasingAccountNumber: string;
  readonly purchasingAccountAdministrator: Contact;
}

/** The Microsoft partner who serves the organization (partner center, outside the portal). */
export interface Partner {
  readonly id: string;
  readonly name: string;
}

/** The organization that signed the MPSA. The simulator holds exactly one. */
export interface Organization {
  readonly name: string;
  readonly agreement: Agreement;
  readonly partner: Partner;
}

const tenDigits = /^\d{10}$/;

/** An agreement or account number as compared: trimmed, full-width digits made ASCII. */
export const normalizeNumber = digits;

/** @example validateAgreementNumber('123') // 'error.agreementNumber.format' */
export function validateAgreementNumber(value: unknown): ErrorKey | undefined {
  const number = normalizeNumber(value);
  if (number === '') return 'error.agreementNumber.empty';
  return tenDigits.test(number) ? undefined : 'error.agreementNumber.format';
}

/** @example validatePurchasingAccountNumber('5012345678') // undefined */
export function validatePurchasingAccountNumber(value: unknown): ErrorKey | undefined {
  const number = normalizeNumber(value);
  if (number === '') return 'error.purchasingAccountNumber.empty';
  return tenDigits.test(number) ? undefined : 'error.purchasingAccountNumber.format';
}
