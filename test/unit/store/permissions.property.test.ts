import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPbkdf2Hasher } from '../../../src/domain/passwordHash';
import type { Permission } from '../../../src/domain/permissions';
import { roleIds } from '../../../src/domain/roles';
import { activeAccountAdministrators } from '../../../src/domain/state';
import { createMemoryPortal } from '../../../src/store/memoryPortal';
import { actAs, addresses, peek, populate, roleSetsArbitrary, runStep, scenarioArbitrary, type Step } from '../../fixtures/store/commandModel';
import { oracleCan, oracleMayAssign } from '../../fixtures/store/guideTable';
import { counter } from '../../fixtures/store/world';

const hasher = createPbkdf2Hasher(1);

/** The permission each signed-in step needs (the others need none). */
function required(step: Step): Permission | undefined {
  switch (step.kind) {
    case 'invite':
    case 'resendUser':
      return 'users.invite';
    case 'changeRoles':
    case 'removeUser':
      return 'users.manage';
    case 'associateDomain':
    case 'removeDomain':
      return 'domains.manage';
    case 'read':
      return ({ listUsers: 'users.view', getAgreement: 'agreements.view', listDomains: 'domains.view' } as const)[step.what];
    default:
      return undefined;
  }
}

describe('properties: permissions', () => {
  it('no sequence of commands lets a user do what their roles do not allow', async () => {
    await fc.assert(
      fc.asyncProperty(roleSetsArbitrary, scenarioArbitrary, async (roleSets, scenario) => {
        const errors: unknown[] = [];
        const api = createMemoryPortal({ newId: counter(), hasher, reportError: (error) => errors.push(error) });
        await populate(api, roleSets);
        for (const [actor, step] of scenario) {
          await actAs(api, actor);
          const before = await peek(api);
          const session = await api.getSession();
          const result = await runStep(api, step, before);
          const after = await peek(api);
          const permission = required(step);
          if (permission === undefined) continue;
          if (!session) {
            expect(result).toEqual({ ok: false, errors: { form: 'error.auth.signedOut' } });
          } else if (!oracleCan(session.user.roles, permission)) {
            expect(result).toEqual({ ok: false, errors: { form: 'error.auth.forbidden' } });
          }
          if (!result.ok) {
            expect(after).toEqual(before); // refused means nothing changed
            continue;
          }
          expect(session && oracleCan(session.user.roles, permission)).toBe(true);
          const actorRoles = session?.user.roles ?? [];
          const target = 'who' in step ? before.users.find((user) => user.email === addresses[step.who]) : undefined;
          if (step.kind === 'invite') expect(oracleMayAssign(actorRoles, step.roles)).toBe(true);
          if (step.kind === 'removeUser' || step.kind === 'resendUser') expect(oracleMayAssign(actorRoles, target?.roles ?? [])).toBe(true);
          if (step.kind === 'changeRoles') {
            const old = target?.roles ?? [];
            const touched = [...step.roles.filter((role) => !old.includes(role)), ...old.filter((role) => !step.roles.includes(role))];
            expect(oracleMayAssign(actorRoles, touched)).toBe(true);
          }
        }
        expect(errors).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it('the last Account administrator can never be removed', async () => {
    // Colleagues start without Account administrator, so Harry is often the only one.
    const withoutAccountAdministrator = fc.array(fc.subarray(roleIds.filter((role) => role !== 'account-administrator'), { minLength: 1 }), { minLength: 4, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(withoutAccountAdministrator, scenarioArbitrary, async (roleSets, scenario) => {
        const api = createMemoryPortal({ newId: counter(), hasher });
        await populate(api, roleSets);
        for (const [actor, step] of scenario) {
          await actAs(api, actor);
          const before = await peek(api);
          await runStep(api, step, before);
          const after = await peek(api);
          if (activeAccountAdministrators(before) >= 1) expect(activeAccountAdministrators(after)).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
