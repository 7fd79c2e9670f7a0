import { expect } from 'vitest';
import type { resendRequestMachine } from '../../src/flows/resend-request/resendRequestMachine';
import type { PortalApi } from '../../src/store/portalApi';
import { describeModel } from './harness/describeModel';
import { matchesAgreement, resendRequestModel } from '../support/model/resendRequestModel';
import { HARRY } from '../support/model/scenes';
import type { ModelSpec } from '../support/model/spec';

const harryMessages = async (store: PortalApi) => store.getMailbox(HARRY);

const spec: ModelSpec<typeof resendRequestMachine> = {
  ...resendRequestModel,
  async verify(world, snapshot, before) {
    const after = await world.mark();
    const messages = await harryMessages(world.store);
    // The answer is the same in every case (the model plays it): what tells them apart is the mailbox.
    const registered = messages[0]?.linkStatus === 'accepted';
    if (snapshot.matches('sent')) expect(snapshot.context.notice).toBe('notice.resend.received');
    if (snapshot.matches('sent') && matchesAgreement(snapshot) && !registered) {
      // A new invitation in the administrator's mailbox; the link before it replaced.
      expect(after.messages).toBe(before.messages + 1);
      expect(messages[0]).toMatchObject({ kind: 'invitation.purchasing-administrator', linkStatus: 'pending', params: { resent: 'true' } });
      expect(messages[1]?.linkStatus).toBe('replaced');
    } else {
      // Details that do not match, Harry already registered, a failure, or not sent yet: the store holds what it held.
      expect(after).toEqual(before);
    }
  },
};

describeModel(spec);
