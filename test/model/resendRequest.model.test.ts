import { expect } from 'vitest';
import type { resendRequestMachine } from '../../src/machines/resendRequestMachine';
import type { PortalApi } from '../../src/store/portalApi';
import { describeModel } from './harness/describeModel';
import { resendRequestModel } from '../support/model/resendRequestModel';
import { HARRY } from '../support/model/scenes';
import type { ModelSpec } from '../support/model/spec';

const harryMessages = async (store: PortalApi) => store.getMailbox(HARRY);

const spec: ModelSpec<typeof resendRequestMachine> = {
  ...resendRequestModel,
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
