import { assertEvent, assign, fromPromise, setup } from 'xstate';
import { validateAgreementNumber, validatePurchasingAccountNumber } from '../domain/agreement';
import { validateWorkEmail } from '../domain/email';
import { collectErrors, type NoticeKey } from '../domain/errors';
import type { PortalApi } from '../store/portalApi';
import * as form from './form';
import { accepted, refusalOf } from './portalCall';

/** The three fields of "Didn't receive an invitation email?" (GUIDE-FACTS, `request-resend`). */
export interface ResendValues {
  readonly email: string;
  readonly agreementNumber: string;
  readonly purchasingAccountNumber: string;
}

/** What the resend view reads. */
export interface ResendContext extends form.FormFields<ResendValues> {
  readonly portal: PortalApi;
  /** The store's answer once sent: `notice.invitation.sent` or `notice.invitation.notNeeded`. */
  readonly notice: NoticeKey | null;
}

/** What the resend view sends. */
export type ResendEvent = form.FieldEvent | { readonly type: 'form.submit' };

const fields: readonly string[] = ['email', 'agreementNumber', 'purchasingAccountNumber'];

/**
 * The format rules the store's `requestResend` applies before matching (domain validators).
 * Whether the three match the agreement only the store says: it answers `error.resend.noMatch`.
 */
export const validateResend: form.Validate<ResendValues> = (values) =>
  collectErrors({
    email: validateWorkEmail(values.email),
    agreementNumber: validateAgreementNumber(values.agreementNumber),
    purchasingAccountNumber: validatePurchasingAccountNumber(values.purchasingAccountNumber),
  }) ?? {};

/**
 * "Didn't receive an invitation email?": the purchasing account administrator's address, the
 * agreement number and the purchasing account number; Submit asks the store to resend.
 * `form` (`editing` | `failed`) → `submitting` → `sent` (final). See README.md.
 * @example const actor = createActor(resendRequestMachine, { input: { portal: getPortal() } }).start();
 * actor.send({ type: 'field.change', field: 'email', value: 'harry@contoso.com' });
 */
export const resendRequestMachine = setup({
  types: {
    context: {} as ResendContext,
    events: {} as ResendEvent,
    input: {} as { readonly portal: PortalApi },
  },
  actors: {
    requestResend: fromPromise<{ notice: NoticeKey }, { portal: PortalApi; values: ResendValues }>(({ input }) =>
      accepted(input.portal.requestResend(input.values)),
    ),
  },
  guards: {
    isField: ({ event }) => {
      assertEvent(event, ['field.change', 'field.blur']);
      return fields.includes(event.field);
    },
    isComplete: ({ context }) => form.isValid(context.values, validateResend),
  },
  actions: {
    change: assign(({ context, event }) => {
      assertEvent(event, 'field.change');
      const values = { ...context.values, [event.field]: form.textOf(event.value) };
      return form.changed(context, values, event.field, validateResend);
    }),
    blur: assign(({ context, event }) => {
      assertEvent(event, 'field.blur');
      return form.blurred(context, event.field, validateResend);
    }),
    check: assign(({ context }) => form.checked(context, validateResend)),
    clearRefusal: assign(({ context }) => form.submitted(context, validateResend)),
  },
}).createMachine({
  id: 'resendRequest',
  context: ({ input }) => ({
    portal: input.portal,
    notice: null,
    ...form.freshForm<ResendValues>({ email: '', agreementNumber: '', purchasingAccountNumber: '' }, validateResend),
  }),
  initial: 'form',
  states: {
    form: {
      tags: ['editing'],
      initial: 'editing',
      on: {
        'field.change': { guard: 'isField', target: '.editing', actions: 'change' },
        'field.blur': { guard: 'isField', actions: 'blur' },
        'form.check': { actions: 'check' },
        'form.submit': { guard: 'isComplete', target: 'submitting', actions: 'clearRefusal' },
      },
      states: {
        editing: {},
        // The store refused the last submit (no match, write failed): its errors show and the
        // input stays, until the learner changes something.
        failed: { tags: ['failed'] },
      },
    },
    submitting: {
      tags: ['busy'],
      invoke: {
        id: 'requestResend',
        src: 'requestResend',
        input: ({ context }) => ({ portal: context.portal, values: context.values }),
        onDone: { target: 'sent', actions: assign({ notice: ({ event }) => event.output.notice }) },
        onError: { target: 'form.failed', actions: assign(({ context, event }) => form.refused(context, refusalOf(event.error), validateResend)) },
      },
    },
    sent: { tags: ['done'], type: 'final' },
  },
});
