import { expect } from 'vitest';
import type { partnerConsoleMachine } from '../../src/flows/partner-console/partnerConsoleMachine';
import { describeModel } from './harness/describeModel';
import { partnerConsoleModel } from '../support/model/partnerConsoleModel';
import { AGREEMENT, must } from '../support/model/scenes';
import type { ModelSpec } from '../support/model/spec';

const spec: ModelSpec<typeof partnerConsoleMachine> = {
  ...partnerConsoleModel,
  async verify(world, snapshot, before) {
    if (snapshot.matches({ lookup: 'failed' }) || snapshot.matches({ agreement: { replacing: 'failed' } }) || snapshot.matches({ agreement: { correcting: 'failed' } })) {
      expect(await world.mark()).toEqual(before);
    }
    const { agreement, notice } = snapshot.context;
    if (!agreement) return;
    // What the partner sees is what the agreement says; a sent invitation is in the administrator's mailbox.
    const stored = must(await world.store.partnerFindAgreement({ agreementNumber: AGREEMENT })).agreement;
    expect(stored.purchasingAccountAdministrator).toEqual(agreement.purchasingAccountAdministrator);
    expect(stored.administratorStatus).toBe(agreement.administratorStatus);
    if (notice === 'notice.invitation.sent' && snapshot.matches({ agreement: 'idle' })) {
      const [latest] = await world.store.getMailbox(agreement.purchasingAccountAdministrator.email);
      expect(latest).toMatchObject({ kind: 'invitation.purchasing-administrator', linkStatus: 'pending' });
    }
  },
};

describeModel(spec);
