import type { EventFrom, SnapshotFrom } from 'xstate';
import { resendRequestMachine } from '../../../src/flows/resend-request/resendRequestMachine';
import type { PortalApi } from '../../../src/store/portalApi';
import { AGREEMENT, HARRY, PURCHASING_ACCOUNT, register } from './scenes';
import { done, rejected, writeFailed, type ModelDefinition } from './spec';

type Machine = typeof resendRequestMachine;
const id = 'requestResend';
const change = (field: string, value: string): EventFrom<Machine> => ({ type: 'field.change', field, value });

/** Right, wrong-but-well-formed and malformed values for each field. */
const choices: readonly EventFrom<Machine>[] = [
  change('email', HARRY),
  change('email', 'mina@contoso.com'),
  change('email', 'harry@'),
  change('agreementNumber', AGREEMENT),
  change('agreementNumber', '12'),
  change('purchasingAccountNumber', PURCHASING_ACCOUNT),
  change('purchasingAccountNumber', '5012345670'),
  { type: 'field.blur', field: 'email' },
  { type: 'form.check' },
  { type: 'form.submit' },
];

/** Whether the form holds the agreement's administrator, agreement and purchasing account. */
export const matchesAgreement = (snapshot: SnapshotFrom<Machine>) => {
  const { email, agreementNumber, purchasingAccountNumber } = snapshot.context.values;
  return email === HARRY && agreementNumber === AGREEMENT && purchasingAccountNumber === PURCHASING_ACCOUNT;
};

const received = { ok: true, notice: 'notice.resend.received' } as const;

/** The resend form's model: shared by the Vitest model test and the e2e replay. */
export const resendRequestModel: ModelDefinition<Machine> = {
  name: 'resendRequest',
  machine: resendRequestMachine,
  input: (world) => ({ portal: world?.portal ?? ({} as PortalApi) }),
  events: () => choices,
  // The store answers the same neutral notice whatever the details: only the mailbox differs.
  outcomes: (snapshot) =>
    matchesAgreement(snapshot)
      ? [
          done(id, 'sent', received),
          // Harry registered meanwhile: nothing to resend, and the answer does not say so.
          done(id, 'registered', received, async (world) => {
            await register(world);
            await world.store.signOut();
          }),
          writeFailed(id),
          rejected(id),
        ]
      : [done(id, 'noMatch', received), rejected(id)],
  project: (snapshot) => ({ values: snapshot.context.values, errors: snapshot.context.errors, notice: snapshot.context.notice }),
  journeys: [
    {
      name: 'wrong details end on the same neutral answer as right ones (nothing is sent)',
      steps: [change('email', HARRY), change('agreementNumber', AGREEMENT), change('purchasingAccountNumber', '5012345670'), { type: 'form.submit' }, 'noMatch'],
    },
    {
      name: 'a save that failed, then Submit again: the invitation is resent',
      steps: [change('email', HARRY), change('agreementNumber', AGREEMENT), change('purchasingAccountNumber', PURCHASING_ACCOUNT), { type: 'form.submit' }, 'writeFailed', { type: 'form.submit' }, 'sent'],
    },
  ],
};
