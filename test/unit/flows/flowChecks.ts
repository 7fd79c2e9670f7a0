import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { FlowDescriptor } from '../../../src/flows/descriptor';

/**
 * The parts a flow's descriptor must say (src/flows/README.md), checked against the files of its
 * folder: every part is there or explicitly none, every module it names is in the folder, and
 * every machine, screen, panel, figures and first screen in the folder is named.
 * Returns what is wrong, in words; empty when the flow is whole.
 */
export function missingParts(descriptor: Partial<FlowDescriptor>, files: readonly string[]): string[] {
  const problems: string[] = [];
  const has = (module: string, extensions: readonly string[]) => extensions.some((extension) => files.includes(`${module}${extension}`));
  for (const part of ['name', 'machines', 'view', 'screens', 'route', 'panel', 'figures'] as const) {
    if (!(part in descriptor) || descriptor[part] === undefined) problems.push(`no ${part} (write null, [] or { none } for a flow without one)`);
  }
  const machines = Object.values(descriptor.machines ?? {});
  for (const { module } of machines) if (!has(module, ['.ts'])) problems.push(`machine ${module}.ts is not in the folder`);
  for (const file of files.filter((name) => name.endsWith('Machine.ts'))) {
    if (!machines.some(({ module }) => `${module}.ts` === file)) problems.push(`${file} is not one of its machines`);
  }
  const view = descriptor.view;
  if (view && !has(view, ['.ts', '.tsx'])) problems.push(`view ${view} is not in the folder`);
  if (view === null && machines.length > 0) problems.push('machines without a view: nothing runs them');
  if (view === null && descriptor.route) problems.push('a route without a view');
  for (const screen of descriptor.screens ?? []) if (!has(screen, ['.tsx'])) problems.push(`screen ${screen}.tsx is not in the folder`);
  for (const file of files.filter((name) => name.endsWith('Screen.tsx'))) {
    if (!descriptor.screens?.includes(file.replace(/\.tsx$/, ''))) problems.push(`${file} is not one of its screens`);
  }
  if (descriptor.route && typeof descriptor.route.view !== 'function') problems.push('a route without a view loader');
  const panel = descriptor.panel;
  const panelFiles = files.filter((name) => name.endsWith('Panel.tsx'));
  if (panel && 'none' in panel) {
    if (!panel.none.trim()) problems.push('no panel, and no reason why');
    if (panelFiles.length > 0) problems.push(`${panelFiles.join(', ')} is not its panel (the descriptor says none)`);
  } else if (panel) {
    if (typeof panel.load !== 'function') problems.push('a panel without a loader');
    if (!('need' in panel)) problems.push('a panel without a need (write null when the step needs no practice data)');
    if (!('firstScreen' in panel)) problems.push('a panel without a first screen (write null for the waiting line)');
    if (panelFiles.length !== 1) problems.push(`a panel needs one *Panel.tsx in the folder, found ${panelFiles.length}`);
    if ((panel.firstScreen === 'own') !== files.includes('firstPaint.tsx')) problems.push("firstScreen 'own' and firstPaint.tsx go together");
  }
  if ((!panel || 'none' in panel) && files.includes('firstPaint.tsx')) problems.push('firstPaint.tsx without a panel');
  if (!view && !(panel && 'section' in panel)) problems.push('neither a view nor a panel: nothing shows the flow');
  const figures = descriptor.figures ?? [];
  if ((figures.length > 0) !== files.includes('figures.tsx')) problems.push('figures and figures.tsx go together');
  return problems;
}

/** Every relative import of a source text (static, type-only, dynamic, re-export), as written. */
export function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g)].map((match) => match[2] ?? '');
}

/** The flow folder (`src/flows/<flow>`) a path is in, or undefined. */
export function flowFolderOf(path: string): string | undefined {
  return /^src\/flows\/([^/]+)\//.exec(path)?.[1];
}

/**
 * The flows each source file names by import (a path into `src/flows/<flow>/`), for files
 * outside that flow's folder. `root` is the repository; paths are relative to it.
 */
export function flowsNamedBy(root: string, path: string, source: string): string[] {
  const named = new Set<string>();
  for (const specifier of importsOf(source)) {
    const target = relative(root, resolve(root, dirname(path), specifier)).replaceAll('\\', '/');
    const folder = flowFolderOf(`${target}/`);
    if (folder && folder !== flowFolderOf(path) && existsSync(join(root, 'src/flows', folder))) named.add(folder);
  }
  return [...named];
}

/** Every source file below `dir` (ts, tsx, astro, mjs), relative to `root`. */
export function sourcesBelow(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx|astro|mjs)$/.test(name))
    .map((name) => relative(root, join(root, dir, name)).replaceAll('\\', '/'));
}

export const readText = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
