import { describe, expect, it } from 'vitest';
import {
  assignableRoles, assignableRolesByRole, assignmentRuleFor, canAssign, inviterRoles, isRoleId, roleIds, sortRoles, validateRoleSelection, validateRoleShape, type RoleId,
} from '../../../src/domain/roles';

/** Every combination of roles a user may hold (64 of them). */
const everyHolding: RoleId[][] = Array.from({ length: 2 ** roleIds.length }, (_, bits) => roleIds.filter((_role, index) => bits & (1 << index)));

describe('roles', () => {
  it('lists the six customer roles in the guide order', () => {
    expect(roleIds).toEqual(['account-administrator', 'agreement-administrator', 'user-administrator', 'account-manager', 'report-viewer', 'account-viewer']);
  });

  it('lets exactly the three administrator roles invite (GUIDE-FACTS, get-started)', () => {
    expect([...inviterRoles].sort()).toEqual(['account-administrator', 'agreement-administrator', 'user-administrator']);
    for (const role of roleIds) expect(assignableRolesByRole[role].length > 0).toBe(inviterRoles.includes(role));
  });

  it('assigns as decided: Account admin any, User admin all but Account admin, Agreement admin three', () => {
    expect(assignableRoles(['account-administrator'])).toEqual(roleIds);
    expect(assignableRoles(['user-administrator'])).toEqual(roleIds.filter((role) => role !== 'account-administrator'));
    expect(assignableRoles(['agreement-administrator'])).toEqual(['agreement-administrator', 'report-viewer', 'account-viewer']);
    expect(assignableRoles(['account-manager', 'report-viewer', 'account-viewer'])).toEqual([]);
  });

  it('unites the assignable roles of several roles', () => {
    expect(assignableRoles(['agreement-administrator', 'account-viewer'])).toEqual(['agreement-administrator', 'report-viewer', 'account-viewer']);
    expect(canAssign(['agreement-administrator', 'user-administrator'], ['account-manager'])).toBe(true);
    expect(canAssign(['user-administrator'], ['account-administrator'])).toBe(false);
    expect(canAssign(['report-viewer'], [])).toBe(true);
  });

  it('recognizes role ids and sorts selections into the guide order without duplicates', () => {
    expect(isRoleId('report-viewer')).toBe(true);
    expect(isRoleId('owner')).toBe(false);
    expect(isRoleId(3)).toBe(false);
    expect(sortRoles(['account-viewer', 'account-administrator', 'account-viewer'])).toEqual(['account-administrator', 'account-viewer']);
  });

  it('validates a role selection: empty, unknown, not assignable', () => {
    expect(validateRoleSelection([], ['account-administrator'])).toBe('error.roles.empty');
    expect(validateRoleSelection('account-viewer', ['account-administrator'])).toBe('error.roles.empty');
    expect(validateRoleSelection(['owner'], ['account-administrator'])).toBe('error.roles.unknown');
    expect(validateRoleSelection(['account-manager'], ['agreement-administrator'])).toBe('error.roles.notAssignable');
    expect(validateRoleSelection(['report-viewer', 'account-viewer'], ['agreement-administrator'])).toBeUndefined();
  });

  it('checks the shape of a selection without asking who makes it', () => {
    expect([validateRoleShape([]), validateRoleShape(null), validateRoleShape(['owner']), validateRoleShape(['account-administrator'])])
      .toEqual(['error.roles.empty', 'error.roles.empty', 'error.roles.unknown', undefined]);
  });

  it('says each inviter role\'s rule as our decision words it: any, any but Account administrator, only three', () => {
    expect(assignmentRuleFor(['account-administrator'])).toEqual({ role: 'account-administrator', rule: { kind: 'any' } });
    expect(assignmentRuleFor(['user-administrator'])).toEqual({ role: 'user-administrator', rule: { kind: 'anyBut', roles: ['account-administrator'] } });
    expect(assignmentRuleFor(['agreement-administrator'])).toEqual({
      role: 'agreement-administrator', rule: { kind: 'only', roles: ['agreement-administrator', 'report-viewer', 'account-viewer'] },
    });
    expect(assignmentRuleFor(['account-manager', 'report-viewer', 'account-viewer'])).toBeUndefined();
  });

  it('speaks, for several roles, from the one granting the most', () => {
    expect(assignmentRuleFor(['agreement-administrator', 'user-administrator'])?.role).toBe('user-administrator');
    expect(assignmentRuleFor(['report-viewer', 'agreement-administrator'])?.role).toBe('agreement-administrator');
  });

  it('says what it enforces, for every combination of roles: the rule stated is exactly the roles assignable', () => {
    const stated = (roles: RoleId[]) => {
      const rule = assignmentRuleFor(roles)?.rule;
      if (!rule) return [];
      if (rule.kind === 'any') return [...roleIds];
      return roleIds.filter((role) => rule.roles.includes(role) === (rule.kind === 'only'));
    };
    for (const roles of everyHolding) expect(stated(roles), roles.join(',')).toEqual(assignableRoles(roles));
  });
});
