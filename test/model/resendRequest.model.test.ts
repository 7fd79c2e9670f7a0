import { expect } from 'vitest';
import type { EventFrom, SnapshotFrom } from 'xstate';
import { resendRequestMachine } from '../../src/machines/resendRequestMachine';
import { describeModel } from './harness/describeModel';
import { AGREEMENT, HARRY, PURCHASING_ACCOUNT, register } from '../support/model/scenes';
import { done, refused, rejected, writeFailed, type ModelSpec } from '../support/model/spec';
import type { PortalApi } from '../../src/store/portalApi';

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

const matchesAgreement = (snapshot: SnapshotFrom<Machine>) => {
  const { email, agreementNumber, purchasingAccountNumber } = snapshot.context.values;
  return email === HARRY && agreementNumber === AGREEMENT && purchasingAccountNumber === PURCHASING_ACCOUNT;
};

const harryMessages = async (store: PortalApi) => store.getMailbox(HARRY);

const spec: ModelSpec<Machine> = {
  name: 'resendRequest',
  machine: resendRequestMachine,
  input: (world) => ({ portal: world?.portal ?? ({} as PortalApi) }),
  events: () => choices,
  outcomes: (snapshot) =>
    matchesAgreement(snapshot)
      ? [
          done(id, 'sent', { ok: true, notice: 'notice.invitation.sent' }),
          // Harry registered meanwhile: nothing to resend.
          done(id, 'notNeeded', { ok: true, notice: 'notice.invitation.notNeeded' }, async (world) => {
            await register(world);
            await world.store.signOut();
          }),
          writeFailed(id),
          rejected(id),
        ]
      : [refused(id, 'noMatch', { form: 'error.resend.noMatch' }), rejected(id)],
  project: (snapshot) => ({ values: snapshot.context.values, errors: snapshot.context.errors, notice: snapshot.context.notice }),
  journeys: [
    {
      name: 'a save that failed, then Submit again: the invitation is resent',
      steps: [change('email', HARRY), change('agreementNumber', AGREEMENT), change('purchasingAccountNumber', PURCHASING_ACCOUNT), { type: 'form.submit' }, 'writeFailed', { type: 'form.submit' }, 'sent'],
    },
  ],
  async verify(world, snapshot, before) {
    const after = await world.mark();
    const messages = await harryMessages(world.store);
    if (snapshot.matches('sent') && snapshot.context.notice === 'notice.invitation.sent') {
      // A new invitation in the administrator's mailbox; the link before it replaced.
      expect(after.messages).toBe(before.messages + 1);
      expect(messages[0]).toMatchObject({ kind: 'invitation.purchasing-administrator', linkStatus: 'pending', params: { resent: 'true' } });
      expect(messages[1]?.linkStatus).toBe('replaced');
    } else {
      // Refused, failed, not needed or not sent yet: the store holds what it held.
      expect(after).toEqual(before);
      expect(messages[0]?.linkStatus).toBe(snapshot.context.notice === 'notice.invitation.notNeeded' ? 'accepted' : 'pending');
    }
  },
};

describeModel(spec);
