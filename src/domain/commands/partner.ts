import { normalizeNumber, validateAgreementNumber, type Agreement, type Contact } from '../agreement';
import { normalizeEmail, validateWorkEmail } from '../email';
import { collectErrors, fail, formError, type ErrorKey, type FieldErrors, type NoticeKey, type Result } from '../errors';
import { validateLanguage, type LanguageId } from '../languages';
import { normalizeName, validateName } from '../personName';
import { findUserByEmail, type CommandContext, type PortalState } from '../state';
import { text } from '../text';
import { inviteAdministrator } from './administratorInvitation';
import type { CommandResult } from './result';
import { deleteUser, replacePending, updateUser } from './userRecords';

/**
 * The partner's side (GUIDE-FACTS, `request-resend`): a partner finds the agreement by its
 * number, resends the invitation, changes who the purchasing account administrator is, or
 * changes that person's address. The partner works in the partner center, outside the portal,
 * so these commands need no portal session.
 */
export function findAgreement(state: PortalState, agreementNumber: unknown): Result<{ readonly agreement: Agreement }> {
  const error = validateAgreementNumber(agreementNumber);
  if (error) return fail({ agreementNumber: error });
  const { agreement } = state.organization;
  return normalizeNumber(agreementNumber) === agreement.number ? { ok: true, agreement } : formError('error.partner.agreementNotFound');
}

/** Resends the registration invitation to the administrator on the agreement. */
export function partnerResend(state: PortalState, input: { readonly agreementNumber?: unknown }, context: CommandContext): CommandResult<{ readonly notice: NoticeKey }> {
  const found = findAgreement(state, input.agreementNumber);
  if (!found.ok) return found;
  return { ok: true, ...inviteAdministrator(state, { kind: 'partner' }, true, context) };
}

/**
 * The administrator's new address: a work address, and not the current administrator's.
 * @example validateNewAdministratorEmail('harry@contoso.com', 'harry@contoso.com') // 'error.email.sameAsCurrent'
 */
export function validateNewAdministratorEmail(email: unknown, currentEmail: string): ErrorKey | undefined {
  const error = validateWorkEmail(email);
  if (error) return error;
  return normalizeEmail(email) === currentEmail ? 'error.email.sameAsCurrent' : undefined;
}

const currentAdministratorEmail = (state: PortalState) => state.organization.agreement.purchasingAccountAdministrator.email;

function withContact(state: PortalState, contact: Contact): PortalState {
  const { organization } = state;
  return { ...state, organization: { ...organization, agreement: { ...organization.agreement, purchasingAccountAdministrator: contact } } };
}

export interface ChangeAdministratorInput {
  readonly agreementNumber?: unknown;
  readonly name?: unknown;
  readonly email?: unknown;
  readonly preferredLanguage?: unknown;
}

/**
 * "Name another purchasing account administrator": a name, a new work address (not the current
 * administrator's) and a language. The command and the partner center's form both check this;
 * whether the address belongs to someone else is the command's to answer.
 * @example validateAdministratorForm({ name: '', email: 'mina@contoso.com', preferredLanguage: 'ja' }, 'harry@contoso.com') // { name: 'error.name.empty' }
 */
export function validateAdministratorForm(input: ChangeAdministratorInput, currentEmail: string): FieldErrors {
  return collectErrors({
    name: validateName(input.name),
    email: validateNewAdministratorEmail(input.email, currentEmail),
    preferredLanguage: validateLanguage(input.preferredLanguage),
  }) ?? {};
}

/**
 * Names another person as purchasing account administrator. The previous administrator keeps
 * their account if they had registered; if they had not, their pending invitation is replaced
 * and their invited record withdrawn. The new administrator is invited (starting with Account
 * administrator) unless they already use the portal; an invited colleague's own invitation is
 * replaced by the registration one.
 */
export function partnerChangeAdministrator(state: PortalState, input: ChangeAdministratorInput, context: CommandContext): CommandResult<{ readonly notice: NoticeKey }> {
  const found = findAgreement(state, input.agreementNumber);
  if (!found.ok) return found;
  const errors = validateAdministratorForm(input, currentAdministratorEmail(state));
  if (Object.keys(errors).length > 0) return fail(errors);
  const previous = findUserByEmail(state, found.agreement.purchasingAccountAdministrator.email);
  let next = previous?.status === 'invited' ? deleteUser(state, previous, true) : state;
  const contact: Contact = { name: normalizeName(input.name), email: normalizeEmail(input.email), preferredLanguage: text(input.preferredLanguage) as LanguageId };
  next = withContact(next, contact);
  const successor = findUserByEmail(next, contact.email);
  if (successor?.status === 'invited') next = updateUser(next, successor.id, { name: contact.name, preferredLanguage: contact.preferredLanguage });
  return { ok: true, ...inviteAdministrator(next, { kind: 'partner' }, false, context) };
}

/**
 * Corrects the administrator's address. Not yet registered: the pending invitation is
 * replaced by one to the new address. Registered: they sign in with the new address from now
 * on, and no invitation is needed.
 */
export function partnerChangeAdministratorEmail(state: PortalState, input: { readonly agreementNumber?: unknown; readonly email?: unknown }, context: CommandContext): CommandResult<{ readonly notice: NoticeKey }> {
  const found = findAgreement(state, input.agreementNumber);
  if (!found.ok) return found;
  const address = normalizeEmail(input.email);
  const taken = findUserByEmail(state, address);
  const error = validateNewAdministratorEmail(input.email, currentAdministratorEmail(state)) ?? (taken && (taken.status === 'active' ? 'error.email.alreadyUser' : 'error.email.alreadyInvited'));
  if (error) return fail({ email: error });
  const contact = found.agreement.purchasingAccountAdministrator;
  const holder = findUserByEmail(state, contact.email);
  let next = withContact(replacePending(state, contact.email), { ...contact, email: address });
  if (holder) next = updateUser(next, holder.id, { email: address });
  if (holder?.status === 'active') return { ok: true, state: next, notice: 'notice.invitation.notNeeded' };
  return { ok: true, ...inviteAdministrator(next, { kind: 'partner' }, false, context) };
}
