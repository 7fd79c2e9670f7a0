import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/config/locales';
import { createPbkdf2Hasher } from '../../../src/domain/passwordHash';
import { permissionsOf } from '../../../src/domain/permissions';
import { roleIds } from '../../../src/domain/roles';
import { isSectionId } from '../../../src/guide/sections';
import { panels } from '../../../src/islands/panels';
import { buildStart, harry, mina, ScenarioSetupError, scenarioById, scenarios } from '../../../src/practice';
import { notAssignableByUserAdministrator } from '../../../src/practice/scenarios/cannotAssign';
import { leastRoleForReports } from '../../../src/practice/scenarios/leastRoleForReports';
import { invite, register, signIn } from '../../../src/practice/startSteps';
import { parseDocument, serializeDocument } from '../../../src/store/parseDocument';
import { counter } from '../../support/model/world';
import { seedFor, startRun } from '../../support/practiceRun';

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('the scenarios as data', () => {
  it('are at least eleven, each with a stable kebab-case id of its own', () => {
    const ids = scenarios.map((scenario) => scenario.id);
    expect(ids.length).toBeGreaterThanOrEqual(11);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !kebab.test(id))).toEqual([]);
    expect(scenarioById('work-account')?.section).toBe('sign-in-address');
    expect(scenarioById('no-such-scenario')).toBeUndefined();
  });

  it('cover every guide section that has a try-it panel', () => {
    const practised = new Set(scenarios.map((scenario) => scenario.section));
    expect(Object.keys(panels).filter((section) => !practised.has(section as never))).toEqual([]);
  });

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('%s: links sections by stable id; checks have ids of their own; hints come in order', (_, scenario) => {
    expect(isSectionId(scenario.section)).toBe(true);
    expect(scenario.hints.length).toBeGreaterThan(0);
    expect(scenario.hints.filter((hint) => !isSectionId(hint.section))).toEqual([]);
    const checkIds = scenario.checks.map((check) => check.id);
    expect(checkIds.length).toBeGreaterThan(0);
    expect(new Set(checkIds).size).toBe(checkIds.length);
    expect(checkIds.filter((id) => !kebab.test(id))).toEqual([]);
    if (scenario.question) expect(scenario.question.correct.every((role) => scenario.question?.choices.includes(role))).toBe(true);
  });

  it.each(locales.flatMap((language) => scenarios.map((scenario) => [scenario.id, language, scenario] as const)))('%s with Harry in %s: the start state is a valid store document', async (_, language, scenario) => {
    const { start } = await startRun(scenario, { language });
    const parsed = parseDocument(serializeDocument(start, 0));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.document.state).toEqual(start);
  });
});

describe('the answers the scenarios rest on come from the domain', () => {
  it('the least role that shows reports is Account viewer, and no other role shows them with as few permissions', () => {
    expect(leastRoleForReports).toBe('account-viewer');
    const others = roleIds.filter((role) => role !== leastRoleForReports && permissionsOf([role]).includes('reports.view'));
    expect(others.filter((role) => permissionsOf([role]).length <= permissionsOf([leastRoleForReports]).length)).toEqual([]);
  });

  it('a User administrator cannot assign Account administrator, and only that', () => {
    expect(notAssignableByUserAdministrator).toEqual(['account-administrator']);
  });
});

describe('building a start state', () => {
  const context = () => {
    const newId = counter();
    return { seed: seedFor(newId), newId, hasher: createPbkdf2Hasher(1) };
  };

  it('replays domain commands: a registered user signs in with the practice password', async () => {
    const start = await buildStart([register(harry.email)], context());
    expect(start.users[0]).toMatchObject({ email: harry.email, status: 'active' });
    expect(start.session?.userId).toBe(start.users[0]?.id);
  });

  it.each(['least-role-reports', 'cannot-assign', 'remove-user'])('%s: a solution given a state without its people says so instead of naming nobody', (id) => {
    const scenario = scenarioById(id);
    expect(() => scenario?.solution(seedFor(counter()))).toThrow(ScenarioSetupError);
  });

  it.each([
    ['inviting while nobody is signed in', [invite([{ person: mina, roles: ['report-viewer'] }])], /inviting mina@contoso\.com was refused.*error\.auth\.signedOut/],
    ['signing in someone who never registered', [signIn(harry.email)], /signing in harry@contoso\.com was refused.*error\.signIn\.invitationPending/],
    ['registering someone never invited', [register(mina.email)], /registering mina@contoso\.com was refused/],
  ] as const)('fails loudly, naming the step, when a command refuses: %s', async (_, steps, message) => {
    const built = buildStart(steps, context());
    await expect(built).rejects.toThrow(ScenarioSetupError);
    await expect(buildStart(steps, context())).rejects.toThrow(message);
  });
});
