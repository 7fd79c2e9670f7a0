import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Every file below `dir` with one of `extensions`, as paths relative to `root`. */
export function filesBelow(root: string, dir: string, extensions: readonly string[]): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.some((extension) => name.endsWith(extension)))
    .map((name) => relative(root, join(root, dir, name)).replaceAll('\\', '/'));
}

/**
 * A store method reads portal data when its name, after the partner center's `partner` prefix,
 * starts with a reading verb (`getSession`, `listUsers`, `openInvitation`,
 * `partnerFindAgreement`, `exportDocument`), or is `subscribe`. Every other method of the
 * `PortalApi` interface changes portal data: the API names its commands with what they do
 * (`signIn`, `removeUser`, `advanceClock`, `acknowledgeRecovery`).
 */
const readingVerb = /^(get|list|open|find|export)[A-Z]/;

/** The names of `PortalApi`'s methods that change portal data, read from its declaration. */
export function mutatingMethods(portalApiSource: string): string[] {
  const file = ts.createSourceFile('portalApi.ts', portalApiSource, ts.ScriptTarget.Latest);
  const api = file.statements.find((node): node is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(node) && node.name.text === 'PortalApi');
  if (!api) throw new Error('no PortalApi interface');
  return api.members
    .filter(ts.isMethodSignature)
    .map((member) => member.name.getText(file))
    .filter((name) => name !== 'subscribe' && !readingVerb.test(name.replace(/^partner(?=[A-Z])/, '').replace(/^[A-Z]/, (first) => first.toLowerCase())));
}

/** The calls of `methods` in one file's text (`.removeUser(`, `?.signOut (`), comments aside. */
export function callsIn(source: string, methods: readonly string[]): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const found = new Set<string>();
  for (const match of code.matchAll(/\??\.\s*([A-Za-z_$][\w$]*)\s*\(/g)) {
    const name = match[1] ?? '';
    if (methods.includes(name)) found.add(name);
  }
  return [...found];
}

/** The machines a `*Machine.ts` file exports (`export const signInMachine = …`). */
export function exportedMachines(source: string): string[] {
  return [...source.matchAll(/export\s+const\s+(\w+Machine)\b/g)].map((match) => match[1] ?? '');
}

/** Whether `source` imports `name` from the machine module `module` (say `signInMachine`). */
export function importsMachine(source: string, name: string, module: string): boolean {
  const imports = source.matchAll(/import\s*(type\s*)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g);
  return [...imports].some(([, typeOnly, names = '', from = '']) =>
    !typeOnly && (from === `./${module}` || from.endsWith(`/${module}`)) && names.split(',').some((entry) => entry.trim() === name));
}

/** A file's text, by its path relative to `root`. */
export const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
