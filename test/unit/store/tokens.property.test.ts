import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVITATION_LIFETIME_DAYS } from '../../../src/domain/invitation';
import { createPbkdf2Hasher } from '../../../src/domain/passwordHash';
import { createMemoryPortal } from '../../../src/store/memoryPortal';
import type { PortalApi } from '../../../src/store/portalApi';
import { actAs, addresses, peek, runStep, stepArbitrary } from '../../fixtures/store/commandModel';
import { counter, PASSWORD } from '../../fixtures/store/world';

interface Sent {
  readonly token: string;
  readonly to: string;
  readonly day: number;
  readonly kind: string;
}

/** Every invitation message ever delivered, oldest first, read from the mailboxes like a learner would. */
async function delivered(api: PortalApi): Promise<Sent[]> {
  const { day } = await api.getClock();
  const state = await peek(api);
  return state.mailbox.map((message) => ({ token: message.params['token'] ?? '', to: message.to, kind: message.kind, day: day - Math.round((Date.parse(state.clock.now) - Date.parse(message.sentAt)) / 86_400_000) }));
}

const attempt = fc.record({ kind: fc.constant('tryToken' as const), pick: fc.nat() });
// Long jumps, so links also die of old age, not only of being used or replaced.
const jump = fc.record({ kind: fc.constant('advance' as const), days: fc.integer({ min: 1, max: 70 }) });
const scenario = fc.array(fc.tuple(fc.option(fc.nat({ max: addresses.length - 1 }), { nil: null, freq: 4 }), fc.oneof({ weight: 3, arbitrary: attempt }, { weight: 1, arbitrary: jump }, { weight: 4, arbitrary: stepArbitrary })), { minLength: 5, maxLength: 30, size: 'medium' });

describe('properties: invitation links', () => {
  it('an expired, used or replaced token is never accepted (and a live one always is)', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (steps) => {
        const api = createMemoryPortal({ newId: counter(), hasher: createPbkdf2Hasher(1) });
        const used = new Set<string>();
        const dead = new Set<string>(); // replaced or withdrawn, by the model's own reckoning
        let seen = await delivered(api);
        for (const [actor, step] of steps) {
          await actAs(api, actor);
          const before = await peek(api);
          const { day } = await api.getClock();
          if (step.kind === 'tryToken') {
            const sent = seen[step.pick % seen.length];
            if (!sent) continue;
            const live = !used.has(sent.token) && !dead.has(sent.token) && day < sent.day + INVITATION_LIFETIME_DAYS;
            const result = await api.acceptInvitation({ token: sent.token, name: 'Someone', password: PASSWORD, confirmPassword: PASSWORD, country: 'US' });
            expect(result.ok).toBe(live);
            if (result.ok) used.add(sent.token);
            continue;
          }
          const result = await runStep(api, step, before);
          if (step.kind === 'accept' && result.ok) {
            const token = (await peek(api)).invitations.find((invitation) => invitation.status === 'accepted' && !used.has(invitation.token))?.token;
            if (token) used.add(token);
          }
          if (result.ok && (step.kind === 'partnerChangeAdmin' || step.kind === 'partnerChangeEmail')) {
            for (const sent of seen) if (sent.kind === 'invitation.purchasing-administrator') dead.add(sent.token);
          }
          if (result.ok && step.kind === 'removeUser') {
            for (const sent of seen) if (sent.to === addresses[step.who]) dead.add(sent.token);
          }
          const now = await delivered(api);
          for (const fresh of now.slice(seen.length)) for (const older of seen) if (older.to === fresh.to) dead.add(older.token);
          seen = now;
        }
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
