import { normalizeNumber, validateAgreementNumber, validatePurchasingAccountNumber } from '../agreement';
import { normalizeEmail, validateWorkEmail } from '../email';
import { collectErrors, fail, type FieldErrors, type NoticeKey } from '../errors';
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
 * account administrator, and that administrator has not registered yet. Whatever the case, the
 * answer is the same neutral `notice.resend.received`: anyone may fill this form in, so its
 * answer must not tell whether the details belong to the agreement (nor, by saying "already
 * registered", that they do). Only the administrator's mailbox shows whether an invitation went
 * out. Field errors only ever concern format.
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
  const next = matches.every(Boolean) ? inviteAdministrator(state, { kind: 'microsoft' }, true, context).state : state;
  return { ok: true, state: next, notice: 'notice.resend.received' };
}
