// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { foldersPlugin } from './lint/folderOrder.js';

/**
 * The layers of `src/`, checked on every import (the domain at the bottom; see src/domain/README.md).
 * A relative import leaves a file's folder `src/<layer>/` with as many `../` as the file is deep,
 * so each rule is written per depth: `src/domain/a.ts` leaves it with `../`,
 * `src/domain/commands/a.ts` with `../../`.
 * @param {string} layer the folder under src/
 * @param {{ allow?: string[], forbid?: string[] }} targets where imports leaving it may go (allow), or may not (forbid)
 * @param {string} message what the rule says
 * @returns {import('eslint').Linter.Config[]}
 */
function layer(layer, { allow, forbid }, message) {
  return [1, 2, 3].map((depth) => {
    const up = `^(\\.\\./){${depth}}`;
    const regex = allow ? `${up}(?!(${allow.join('|')})(/|$))` : `${up}(${(forbid ?? []).join('|')})(/|$)`;
    return {
      files: [`src/${layer}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
      rules: { 'no-restricted-imports': /** @type {const} */ (['error', { patterns: [{ regex, message }] }]) },
    };
  });
}

/** Views: the islands, and every file of a flow's folder but its machines (views, screens, panels, figures). */
const views = ['src/islands/**/*.{ts,tsx}', 'src/flows/**/*.{ts,tsx}'];
/** Pure screens: a flow's `*Screen.tsx`, and the shell's in src/islands/screens/. */
const screens = ['src/flows/**/*Screen.tsx', 'src/islands/screens/*.tsx'];
/** A flow's state machines and their form rules (`partnerForms.ts`), and the shared machine helpers. */
const machines = ['src/flows/**/*Machine.ts', 'src/flows/**/*Forms.ts', 'src/machines/**/*.ts'];

const viaMachines = { regex: '(^|/)domain/commands(/|$)', message: 'Views change portal data through machines, never by calling domain commands.' };
const screenPatterns = [
  {
    regex: '(^(xstate|@xstate/react)(/|$))|((^|/)machines(/|$))|Machine$|(^|/)parts/(hooks|practiceBridge)$',
    message: 'A screen imports no machine: it receives values, errors and callbacks as props (its view runs the machine).',
  },
  { regex: '(^|/)store(/(?!viewTypes$)|$)', message: 'A screen imports no store: it is given what it shows (store/viewTypes for the shapes only).' },
];
const machinePatterns = [
  {
    // A relative module named in PascalCase is a component (views, screens, panels); machines are camelCase.
    regex: '(^(react|react-dom|preact|@xstate/react)(/|$))|(^|/)islands(/|$)|^(\\.{1,2}/)+([\\w-]+/)*[A-Z][^/]*$',
    caseSensitive: true,
    message: 'A machine imports no view, screen or React: views run machines, never the other way.',
  },
];

export default defineConfig(
  { ignores: ['dist/', 'dist-base/', 'dist-pseudo/', '.astro/', 'node_modules/', 'coverage/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.mjs', '*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layer('domain', { allow: ['config'] }, 'The domain imports only the domain and the leaf constants in src/config.'),
  ...layer('store', { forbid: ['guide', 'i18n', 'islands'] }, 'The store never imports the guide, i18n or the islands: shared constants go in src/config.'),
  // Scenarios run in the browser later (the practice pages) and in Node now (the tests): they
  // reach the portal only through the domain and the machines. The guide's section ids are a
  // leaf list of constants, so that one file of src/guide is allowed; the store only for its types.
  // The scenarios' model (src/practice/*.ts, scenarios/); the session, views and pages above the islands are not.
  ...layer(
    'practice',
    { allow: ['domain', 'machines', 'flows', 'config', 'store/portalApi', 'store/viewTypes', 'store/storageBackend', 'store/practice'] },
    'Practice scenarios import only the domain, the machines (shared and the flows’), the store’s types and practice storage, and src/config: never islands, pages or components.',
  ).map((config) => ({ ...config, ignores: ['src/practice/{session,views,pages}/**'] })),
  // Per kind of file (src/flows/README.md). ESLint keeps the last matching setting of a rule, so
  // each kind repeats the rules of the kinds it is also one of (a screen is a view).
  {
    files: views,
    ignores: machines,
    rules: { 'no-restricted-imports': ['error', { patterns: [viaMachines] }] },
  },
  {
    files: screens,
    rules: { 'no-restricted-imports': ['error', { patterns: [viaMachines, ...screenPatterns] }] },
  },
  {
    files: machines,
    rules: { 'no-restricted-imports': ['error', { patterns: machinePatterns }] },
  },
  { files: ['src/islands/**/*.tsx', 'src/flows/**/*.tsx'], ...reactHooks.configs.flat.recommended },
  // Practice's session, views and pages: views like the islands' (machines change data, hook rules).
  {
    files: ['src/practice/{session,views,pages}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)domain/commands(/|$)', message: 'Practice views change portal data through machines, never by calling domain commands.' }] }],
    },
  },
  { files: ['src/practice/**/*.tsx'], ...reactHooks.configs.flat.recommended },
  // The folder order of src/ (lint/folderOrder.js): no import goes up.
  { files: ['src/**/*.{ts,tsx}'], plugins: { folders: foldersPlugin }, rules: { 'folders/no-upward-import': 'error' } },
  // Browser storage is the store's: elsewhere, ask a module of src/store (it recovers from full or blocked storage).
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/store/**'],
    rules: {
      'no-restricted-globals': ['error', ...['localStorage', 'sessionStorage'].map((name) => ({ name, message: 'Only src/store touches browser storage: use or add a module there.' }))],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) =>
          ['localStorage', 'sessionStorage'].map((property) => ({ object, property, message: 'Only src/store touches browser storage: use or add a module there.' })),
        ),
      ],
    },
  },
);
