import { normalizeNumber, validateAgreementNumber, validatePurchasingAccountNumber } from '../agreement';
import { normalizeEmail, validateWorkEmail } from '../email';
import { collectErrors, fail, formError, type FieldErrors, type NoticeKey } from '../errors';
import type { CommandContext, PortalState } from '../state';
import { inviteAdministrator } from './administratorInvitation';
import type { CommandResult } from './result';

export interface ResendInput {
  readonly email?: unknown;
  readonly agreementNumber?: unknown;
  readonly purchasingAccountNumber?: unknown;
}

/**
 * The format of "Didn't receive an invitation email?": a work address, an agreement number and a
 * purchasing account number. The command and the resend form both check it; whether the three
 * match is the command's alone. `undefined` when the form may be sent.
 * @example validateResendForm({ email: 'harry@contoso.com', agreementNumber: '1234567890', purchasingAccountNumber: '' }) // { purchasingAccountNumber: 'error.purchasingAccountNumber.empty' }
 */
export function validateResendForm(input: ResendInput): FieldErrors | undefined {
  return collectErrors({
    email: validateWorkEmail(input.email),
    agreementNumber: validateAgreementNumber(input.agreementNumber),
    purchasingAccountNumber: validatePurchasingAccountNumber(input.purchasingAccountNumber),
  });
}

/**
 * "Didn't receive an invitation email?" (GUIDE-FACTS, `request-resend`). Resent only when the
 * address, agreement number and purchasing account number all match the agreement's purchasing
 * account administrator. A mismatch answers one form-level key whichever field differed, so
 * the answer never reveals what is on the agreement. Field errors only ever concern format.
 */
export function requestResend(
  state: PortalState,
  input: ResendInput,
  context: CommandContext,
): CommandResult<{ readonly notice: NoticeKey }> {
  const errors = validateResendForm(input);
  if (errors) return fail(errors);
  const { agreement } = state.organization;
  const matches = [
    normalizeEmail(input.email) === agreement.purchasingAccountAdministrator.email,
    normalizeNumber(input.agreementNumber) === agreement.number,
    normalizeNumber(input.purchasingAccountNumber) === agreement.purchasingAccountNumber,
  ];
  if (!matches.every(Boolean)) return formError('error.resend.noMatch');
  return { ok: true, ...inviteAdministrator(state, { kind: 'microsoft' }, true, context) };
}
