import { assertEvent, assign, fromPromise, setup } from 'xstate';
import type { NoticeKey } from '../../domain/errors';
import type { PortalApi } from '../../store/portalApi';
import type { PartnerAgreementView } from '../../store/viewTypes';
import * as form from '../../machines/form';
import { formNode } from '../../machines/formParts';
import { agreementNumberOf, partnerFields, rulesOf, taskValues, type PartnerForm, type PartnerValues } from './partnerForms';
import { accepted, refusalOf } from '../../machines/portalCall';

/** What the partner center view reads. */
export interface PartnerContext extends form.FormFields<PartnerValues> {
  readonly portal: PortalApi;
  /** The agreement found, with where its administrator's registration stands. */
  readonly agreement: PartnerAgreementView | null;
  /** The store's answer to the last task: `notice.invitation.sent` or `notice.invitation.notNeeded`. */
  readonly notice: NoticeKey | null;
}

/** What the partner center view sends. */
export type PartnerEvent =
  | form.FieldEvent
  | { readonly type: 'form.submit' }
  | { readonly type: 'form.cancel' }
  | { readonly type: 'invitation.resend' }
  | { readonly type: 'administrator.replace' }
  | { readonly type: 'address.correct' }
  | { readonly type: 'agreement.close' };

type Answer = { notice: NoticeKey; agreement: PartnerAgreementView };
type Call<T> = { portal: PortalApi; agreementNumber: string } & T;
const answered = (output: Answer) => ({ notice: output.notice, agreement: output.agreement, errors: {}, refused: {} });
const formParams = (which: PartnerForm) => ({ form: which });

/**
 * The partner center (GUIDE-FACTS, `request-resend`: "a partner can resend the invitation, change
 * who is the purchasing account administrator, or change that person's email address"): `lookup`
 * an agreement by number (`finding`), then in `agreement`: `invitation.resend` (`resending`),
 * `administrator.replace` (`replacing` → `savingAdministrator`), `address.correct` (`correcting`
 * → `savingAddress`); each ends back in `agreement.idle` with `notice`. See README.md.
 * @example createActor(partnerConsoleMachine, { input: { portal: getPortal() } }).start();
 */
export const partnerConsoleMachine = setup({
  types: { context: {} as PartnerContext, events: {} as PartnerEvent, input: {} as { readonly portal: PortalApi } },
  actors: {
    find: fromPromise<{ agreement: PartnerAgreementView }, Call<object>>(({ input }) => accepted(input.portal.partnerFindAgreement(input))),
    resend: fromPromise<Answer, Call<object>>(({ input }) => accepted(input.portal.partnerResendInvitation(input))),
    replace: fromPromise<Answer, Call<{ values: PartnerValues }>>(({ input }) =>
      accepted(input.portal.partnerChangeAdministrator({ ...input.values, agreementNumber: input.agreementNumber })),
    ),
    correct: fromPromise<Answer, Call<{ email: string }>>(({ input }) => accepted(input.portal.partnerChangeAdministratorEmail(input))),
  },
  guards: {
    isField: ({ event }, params: { form: PartnerForm }) => {
      assertEvent(event, ['field.change', 'field.blur']);
      return partnerFields[params.form].includes(event.field);
    },
    isComplete: ({ context }, params: { form: PartnerForm }) => form.isValid(context.values, rulesOf(context, params.form)),
  },
  actions: {
    change: assign(({ context, event }, params: { form: PartnerForm }) => {
      assertEvent(event, 'field.change');
      const values = { ...context.values, [event.field]: form.textOf(event.value) };
      return form.changed(context, values, event.field, rulesOf(context, params.form));
    }),
    blur: assign(({ context, event }, params: { form: PartnerForm }) => {
      assertEvent(event, 'field.blur');
      return form.blurred(context, event.field, rulesOf(context, params.form));
    }),
    check: assign(({ context }, params: { form: PartnerForm }) => form.checked(context, rulesOf(context, params.form))),
    clearRefusal: assign(({ context }, params: { form: PartnerForm }) => form.submitted(context, rulesOf(context, params.form))),
    startTask: assign(({ context }, params: { form: PartnerForm }) => ({
      notice: null,
      ...form.freshForm(taskValues(context.values), rulesOf(context, params.form)),
    })),
    closeAgreement: assign(({ context }) => ({ agreement: null, notice: null, ...form.freshForm(context.values, rulesOf(context, 'lookup')) })),
  },
}).createMachine({
  id: 'partnerConsole',
  context: ({ input }) => ({
    portal: input.portal,
    agreement: null,
    notice: null,
    ...form.freshForm<PartnerValues>({ agreementNumber: '', name: '', email: '', preferredLanguage: '' }, rulesOf({ agreement: null }, 'lookup')),
  }),
  initial: 'lookup',
  states: {
    lookup: formNode('finding', { params: formParams('lookup') }),
    finding: {
      tags: ['busy'],
      invoke: {
        id: 'find',
        src: 'find',
        input: ({ context }) => ({ portal: context.portal, agreementNumber: context.values.agreementNumber }),
        onDone: { target: 'agreement', actions: assign({ agreement: ({ event }) => event.output.agreement }) },
        onError: { target: 'lookup.failed', actions: assign(({ context, event }) => form.refused(context, refusalOf(event.error), rulesOf(context, 'lookup'))) },
      },
    },
    agreement: {
      initial: 'idle',
      on: { 'agreement.close': { target: 'lookup', actions: 'closeAgreement' } },
      states: {
        idle: {
          on: {
            'invitation.resend': { target: 'resending', actions: assign({ notice: null, errors: {} }) },
            'administrator.replace': { target: 'replacing', actions: { type: 'startTask', params: formParams('replace') } },
            'address.correct': { target: 'correcting', actions: { type: 'startTask', params: formParams('correct') } },
          },
        },
        resending: {
          tags: ['busy'],
          invoke: {
            id: 'resend',
            src: 'resend',
            input: ({ context }) => ({ portal: context.portal, agreementNumber: agreementNumberOf(context.agreement) }),
            onDone: { target: 'idle', actions: assign(({ event }) => answered(event.output)) },
            onError: { target: 'idle', actions: assign({ errors: ({ event }) => refusalOf(event.error) }) },
          },
        },
        replacing: taskForm('replace', 'savingAdministrator'),
        savingAdministrator: {
          tags: ['busy'],
          invoke: {
            id: 'replace',
            src: 'replace',
            input: ({ context }) => ({ portal: context.portal, agreementNumber: agreementNumberOf(context.agreement), values: context.values }),
            onDone: { target: 'idle', actions: assign(({ event }) => answered(event.output)) },
            onError: { target: 'replacing.failed', actions: assign(({ context, event }) => form.refused(context, refusalOf(event.error), rulesOf(context, 'replace'))) },
          },
        },
        correcting: taskForm('correct', 'savingAddress'),
        savingAddress: {
          tags: ['busy'],
          invoke: {
            id: 'correct',
            src: 'correct',
            input: ({ context }) => ({ portal: context.portal, agreementNumber: agreementNumberOf(context.agreement), email: context.values.email }),
            onDone: { target: 'idle', actions: assign(({ event }) => answered(event.output)) },
            onError: { target: 'correcting.failed', actions: assign(({ context, event }) => form.refused(context, refusalOf(event.error), rulesOf(context, 'correct'))) },
          },
        },
      },
    },
  },
});

/** A task's form: the same events as every form, plus Cancel back to the agreement. */
function taskForm(which: PartnerForm, saving: 'savingAdministrator' | 'savingAddress') {
  return formNode(`#partnerConsole.agreement.${saving}`, { params: formParams(which), on: { 'form.cancel': { target: '#partnerConsole.agreement.idle' } } });
}
