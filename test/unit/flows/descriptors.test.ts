import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureScreens } from '../../../src/components/figureScreens';
import { panelFirstScreens } from '../../../src/components/panelFirstScreens';
import { flows, routes, showMeRoutes } from '../../../src/flows';
import type { FlowDescriptor } from '../../../src/flows/descriptor';
import { panels } from '../../../src/islands/panels';
import { panelNeeds } from '../../../src/islands/panels/setup/needs';
import { scenarios } from '../../../src/practice/scenarios';
import { startRun } from '../../support/practiceRun';
import { flowsNamedBy, importsOf, missingParts, readText, sourcesBelow } from './flowChecks';

/**
 * A flow is one folder and one descriptor (src/flows/README.md): the registries are derived from
 * the descriptors and name no other flow, each descriptor says every part, and nothing outside
 * the flow's folder names its files.
 */
const root = new URL('../../../', import.meta.url).pathname;
const folders = readdirSync(join(root, 'src/flows'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const filesOf = (folder: string) => readdirSync(join(root, 'src/flows', folder));
const descriptors: readonly FlowDescriptor[] = flows;
const sections = descriptors.flatMap((flow) => ('section' in flow.panel ? [flow.panel.section] : []));
const machineIds = descriptors.flatMap((flow) => Object.keys(flow.machines));

/**
 * Where a flow may be named outside its folder, and why: the one list, and the places that put a
 * flow's view or machine together with the portal around it. Anything else goes through the
 * descriptors (routes, panels, figures, Show me).
 */
const composers: Readonly<Record<string, readonly string[]>> = {
  'src/flows/index.ts': folders,
  // The sign-in form comes with the simulator page: its first screen for anyone signed out.
  'src/islands/PortalApp.tsx': ['sign-in'],
  // The user menu's Sign out.
  'src/islands/SignedIn.tsx': ['sign-out'],
  // Every panel's sign-in form until someone is signed in, and "signed in as … Sign out".
  'src/islands/panels/PanelFrame.tsx': ['sign-in', 'sign-out'],
  // The set-up does the guide's earlier steps through those steps' machines.
  'src/islands/panels/setup/replay.ts': ['sign-in', 'sign-out', 'resend-request', 'accept-invitation'],
  // A panel's first paint before someone signs in is the sign-in form.
  'src/components/panelFirstScreens.tsx': ['sign-in'],
  // The partner page, and a partner scenario's page, are the console.
  'src/islands/partnerPage.ts': ['partner-console'],
  'src/practice/pages/scenarioPage.tsx': ['partner-console'],
  // After the request, the resend panel goes back to the sign-in page, as the portal does.
  'src/flows/resend-request/ResendPanel.tsx': ['sign-in'],
  // Manage users' Invite users button opens the invite form in place.
  'src/flows/manage-users/ManageUsers.tsx': ['invite-users'],
};

/** The layers below the flows (the portal's "server"), the strings and the scenarios may speak of a flow's subject; they import no flow. */
const scanned = sourcesBelow(root, 'src').filter((path) => !/^src\/(domain|store|i18n|practice\/scenarios)\//.test(path));

describe('the flows', () => {
  it('are one descriptor per folder of src/flows, named as their folder', () => {
    expect(descriptors.map((flow) => flow.name).sort()).toEqual([...folders].sort());
    for (const folder of folders) expect(filesOf(folder)).toContain('flow.ts');
  });

  it.each(descriptors.map((flow) => [flow.name, flow] as const))('%s: its descriptor says every part, and its folder has them', (name, flow) => {
    expect(missingParts(flow, filesOf(name))).toEqual([]);
  });

  it.each(descriptors.filter((flow) => flow.route || 'section' in flow.panel).map((flow) => [flow.name, flow] as const))(
    '%s: its route view and panel load',
    async (_name, flow) => {
      if (flow.route) expect(typeof (await flow.route.view()).default).toBe('function');
      if ('section' in flow.panel) expect(typeof (await flow.panel.load()).default).toBe('function');
    },
  );
});

describe('every registry', () => {
  it('has the panels of the descriptors, and no other', () => {
    expect(Object.keys(panels).sort()).toEqual([...sections].sort());
    expect(Object.keys(panelNeeds).sort()).toEqual([...sections].sort());
    expect(Object.keys(panelFirstScreens).sort()).toEqual([...sections].sort());
  });

  it('draws a first screen where a descriptor asks for one', () => {
    for (const flow of descriptors) {
      if ('section' in flow.panel) expect(panelFirstScreens[flow.panel.section as keyof typeof panelFirstScreens] !== null).toBe(flow.panel.firstScreen !== null);
    }
  });

  it('has the figures the descriptors name, and no other', () => {
    expect(Object.keys(figureScreens).sort()).toEqual(descriptors.flatMap((flow) => flow.figures).sort());
  });

  it('routes Show me only to machines of a flow', () => {
    for (const id of Object.keys(showMeRoutes)) expect(machineIds).toContain(id);
    expect(new Set(routes.map((route) => route.path)).size).toBe(routes.length);
  });

  it('has practice drive only machines of a flow', async () => {
    const runs = await Promise.all(scenarios.map(async (scenario) => scenario.solution((await startRun(scenario)).start)));
    const driven = new Set(runs.flat().flatMap((step) => (step.kind === 'machine' ? [step.machine] : [])));
    expect(driven.size).toBeGreaterThan(5);
    for (const id of driven) expect(machineIds).toContain(id);
  });

  it('puts only the panels and figures of a flow in the guide', () => {
    const pages = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
    for (const page of pages) {
      const text = readText(root, join('content', page));
      for (const [, section] of text.matchAll(/<TryIt section="([^"]+)"/g)) expect(sections, page).toContain(section);
      for (const [, screen] of text.matchAll(/<ScreenFigure screen="([^"]+)"/g)) expect(Object.keys(figureScreens), page).toContain(screen);
    }
    expect(pages.length).toBeGreaterThan(10);
  });
});

describe('a flow’s files', () => {
  it('are named only inside its folder, by the list and by the places that put flows together', () => {
    const named = scanned
      .map((path) => ({ path, flows: flowsNamedBy(root, path, readText(root, path)).filter((flow) => !composers[path]?.includes(flow)) }))
      .filter((file) => file.flows.length > 0);
    expect(named).toEqual([]);
  });

  it('would be caught naming another flow (the check itself)', () => {
    expect(importsOf("import { Domains } from '../flows/associate-domain/Domains';\nconst x = import('./y');\n// import z from './z'")).toEqual(['../flows/associate-domain/Domains', './y']);
    expect(flowsNamedBy(root, 'src/islands/Somewhere.tsx', "import { Domains } from '../flows/associate-domain/Domains';")).toEqual(['associate-domain']);
    expect(flowsNamedBy(root, 'src/flows/manage-users/X.tsx', "import type { A } from '../associate-domain/associateDomainMachine';")).toEqual(['associate-domain']);
    expect(flowsNamedBy(root, 'src/flows/associate-domain/X.tsx', "import { Domains } from './Domains';\nimport { flows } from '..';")).toEqual([]);
  });

  it('would be caught missing a part (the check itself)', () => {
    const [domains] = descriptors.filter((flow) => flow.name === 'associate-domain');
    if (!domains) throw new Error('no associate-domain flow');
    const files = filesOf('associate-domain');
    const { figures: _figures, ...withoutFigures } = domains;
    expect(missingParts(withoutFigures, files)).toContain('no figures (write null, [] or { none } for a flow without one)');
    expect(missingParts({ ...domains, screens: [] }, files)).toContain('DomainsScreen.tsx is not one of its screens');
    expect(missingParts({ ...domains, machines: {} }, files)).toContain('associateDomainMachine.ts is not one of its machines');
    expect(missingParts({ ...domains, view: null }, files)).toContain('machines without a view: nothing runs them');
    expect(missingParts({ ...domains, panel: { none: '' } }, files)).toEqual(expect.arrayContaining(['no panel, and no reason why']));
    expect(missingParts({ ...domains, figures: [] }, files)).toContain('figures and figures.tsx go together');
  });
});
