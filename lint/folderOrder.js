// @ts-check
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The folders of `src/`, bottom first. A file may import its own row and the rows before it,
 * never a row after it: the house is one-way (src/README's layout table says what each holds).
 * A path belongs to the longest folder listed that contains it, so `practice/session` is apart
 * from `practice` (the scenarios' model, `src/practice/*.ts` and `scenarios/`). Folders not
 * listed (and files at the top of `src/`) are not checked: a new folder gets its row here.
 */
export const folderOrder = [
  ['config'],
  ['domain'],
  ['i18n', 'phrases'],
  ['store'],
  ['machines'],
  ['practice'],
  ['guide', 'inline', 'markdown', 'search'],
  ['islands', 'flows'],
  ['practice/session'],
  ['practice/views'],
  ['practice/pages'],
  ['components', 'integrations'],
  ['layouts'],
  ['pages'],
];

/**
 * The one upward arrow allowed, for types only (no code, no load order): the practice model
 * names each flow's machines and events by their types (`practice/machines.ts`: solutions and
 * the attempt log are type-checked against them), while the flows' views sit beside the islands,
 * above the model. Anything else from `src/flows` stays out of the model.
 */
export const typeOnlyUpward = [['practice', 'flows']];

const folders = folderOrder.flatMap((row, rank) => row.map((folder) => ({ folder, rank }))).sort((a, b) => b.folder.length - a.folder.length);

/**
 * The listed folder holding `path` (relative to `src/`, a file or a folder) and its row, if any.
 * @param {string} path
 * @returns {{ folder: string, rank: number } | undefined}
 */
export function folderOf(path) {
  return folders.find(({ folder }) => path === folder || path.startsWith(`${folder}/`));
}

/** @type {import('eslint').Rule.RuleModule} */
const noUpwardImport = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports in src/ go down the folder order (lint/folderOrder.js), never up.' },
    messages: {
      upward: "src/{{from}} is below src/{{to}} in the folder order (lint/folderOrder.js): pass what it needs by parameter, or move the shared part down (src/config for constants).",
    },
    schema: [],
  },
  create(context) {
    const src = join(context.cwd, 'src');
    const fromPath = relative(src, context.filename).replaceAll('\\', '/');
    const from = folderOf(fromPath);
    if (!from || fromPath.startsWith('..')) return {};
    /** @param {import('estree').Node} node @param {unknown} source @param {boolean} [typeOnly] */
    const check = (node, source, typeOnly = false) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const toPath = relative(src, resolve(dirname(context.filename), source)).replaceAll('\\', '/');
      const to = folderOf(toPath);
      if (typeOnly && typeOnlyUpward.some(([below, above]) => below === from.folder && above === to?.folder)) return;
      if (to && to.rank > from.rank) context.report({ node, messageId: 'upward', data: { from: from.folder, to: to.folder } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value, /** @type {{ importKind?: string }} */ (node).importKind === 'type'),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : undefined),
    };
  },
};

/** The local plugin: `folders/no-upward-import`. */
export const foldersPlugin = { rules: { 'no-upward-import': noUpwardImport } };
