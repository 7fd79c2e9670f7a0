import { assign, fromPromise, setup } from 'xstate';
import { validateResendForm } from '../../domain/commands/requestResend';
import type { NoticeKey } from '../../domain/errors';
import type { PortalApi } from '../../store/portalApi';
import * as form from '../../machines/form';
import { formNode, formParts } from '../../machines/formParts';
import { accepted, refusalOf } from '../../machines/portalCall';

/** The three fields of "Didn't receive an invitation email?" (GUIDE-FACTS, `request-resend`). */
export interface ResendValues {
  readonly email: string;
  readonly agreementNumber: string;
  readonly purchasingAccountNumber: string;
}

/** What the resend view reads. */
export interface ResendContext extends form.FormFields<ResendValues> {
  readonly portal: PortalApi;
  /** The store's answer once sent: the neutral `notice.resend.received`, matched or not. */
  readonly notice: NoticeKey | null;
}

/** What the resend view sends. */
export type ResendEvent = form.FieldEvent | { readonly type: 'form.submit' };


/**
 * The domain's `validateResendForm`, the format rules the store's `requestResend` applies before
 * matching. Whether the three match the agreement nobody says: the store answers the same either way.
 */
export const validateResend: form.Validate<ResendValues> = (values) => validateResendForm(values) ?? {};

const parts = formParts<ResendValues, ResendContext>(['email', 'agreementNumber', 'purchasingAccountNumber'], () => validateResend);

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
  guards: parts.guards,
  actions: { change: assign(parts.change), blur: assign(parts.blur), check: assign(parts.check), clearRefusal: assign(parts.clearRefusal) },
}).createMachine({
  id: 'resendRequest',
  context: ({ input }) => ({
    portal: input.portal,
    notice: null,
    ...form.freshForm<ResendValues>({ email: '', agreementNumber: '', purchasingAccountNumber: '' }, validateResend),
  }),
  initial: 'form',
  states: {
    // `failed`: the store refused the last submit (a save failed): its errors show and the input
    // stays, until the learner changes something. Details that do not match are no refusal.
    form: formNode('submitting'),
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
