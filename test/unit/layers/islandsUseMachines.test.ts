import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callsIn, exportedMachines, filesBelow, importsMachine, mutatingMethods, read } from './islandViolations';

/**
 * Machines are the only way a view changes portal data (src/islands/README.md): no island calls a
 * store method that changes data, and every machine is used by a view. The simulator's own
 * controls (clock, reset, import, and hiding the recovery notice) and a practice page's start state stay outside machines.
 */
const root = new URL('../../../', import.meta.url).pathname;
const allowed: Readonly<Record<string, readonly string[]>> = {
  'src/islands/SimControls.tsx': ['advanceClock', 'reset', 'importDocument'],
  'src/islands/parts/RecoveryNotice.tsx': ['acknowledgeRecovery'],
  // A practice scenario's start state (and Start over) goes into its own store as a document,
  // like the simulator's import: a practice tool, not a portal screen.
  'src/practice/session/practiceSession.ts': ['importDocument'],
  // A try-it panel begun again puts back the document it started from: the simulator's import, for one panel.
  'src/islands/panels/PanelStartOver.tsx': ['importDocument'],
};

const methods = mutatingMethods(read(root, 'src/store/portalApi.ts'));
// Views live in src/islands (the shell, panels' frame), in each flow's folder (src/flows/<flow>/) and in practice (its session, views and pages: src/practice/README.md).
const islands = [...filesBelow(root, 'src/islands', ['.ts', '.tsx']), ...filesBelow(root, 'src/flows', ['.ts', '.tsx']), ...filesBelow(root, 'src/practice', ['.ts', '.tsx'])].filter((path) => !path.endsWith('Machine.ts'));
const machineFiles = filesBelow(root, 'src/flows', ['Machine.ts']);

describe('store methods that change portal data', () => {
  it('are read from PortalApi: the commands, not the queries', () => {
    expect(methods).toEqual(expect.arrayContaining(['signIn', 'signOut', 'removeUser', 'partnerResendInvitation', 'advanceClock', 'importDocument']));
    expect(methods).not.toEqual(expect.arrayContaining(['getSession']));
    for (const query of ['getSession', 'listUsers', 'openInvitation', 'partnerFindAgreement', 'exportDocument', 'subscribe']) expect(methods).not.toContain(query);
  });

  it('are called by no island: they go through a machine', () => {
    const calls = islands
      .map((path) => ({ path, calls: callsIn(read(root, path), methods).filter((name) => !allowed[path]?.includes(name)) }))
      .filter((file) => file.calls.length > 0);
    expect(calls).toEqual([]);
  });

  it('would be caught in an island (the check itself)', () => {
    const fixture = `
      // getPortal().signOut() in a comment is no call
      const users = usePortalData((portal) => portal.listUsers());
      const remove = () => void getPortal().removeUser({ userId });
      await portal?.signIn ({ email, password });`;
    expect(callsIn(fixture, methods).sort()).toEqual(['removeUser', 'signIn']);
  });
});

describe('every machine', () => {
  it('is found in a flow’s folder (src/flows/<flow>/)', () => {
    expect(machineFiles.length).toBeGreaterThanOrEqual(8);
  });

  it.each(machineFiles)('%s is used by a view', (path) => {
    const module = basename(path, '.ts');
    const machines = exportedMachines(read(root, path));
    expect(machines.length).toBeGreaterThan(0);
    const unused = machines.filter((name) => !islands.some((island) => importsMachine(read(root, island), name, module)));
    expect(unused).toEqual([]);
  });

  it('counts only a real import of the machine as a use (the check itself)', () => {
    expect(importsMachine("import { signInMachine } from './signInMachine';", 'signInMachine', 'signInMachine')).toBe(true);
    expect(importsMachine("import { signInMachine } from '../flows/sign-in/signInMachine';", 'signInMachine', 'signInMachine')).toBe(true);
    expect(importsMachine("import { signInMachine } from './notSignInMachine';", 'signInMachine', 'signInMachine')).toBe(false);
    expect(importsMachine("import type { SignInContext } from '../machines/signInMachine';", 'signInMachine', 'signInMachine')).toBe(false);
    expect(importsMachine("import type { signInMachine } from '../machines/signInMachine';", 'signInMachine', 'signInMachine')).toBe(false);
    expect(importsMachine('// signInMachine is not used here', 'signInMachine', 'signInMachine')).toBe(false);
  });
});
