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
    { allow: ['domain', 'machines', 'config', 'store/portalApi', 'store/viewTypes', 'store/storageBackend', 'store/practice'] },
    'Practice scenarios import only the domain, the machines, the store’s types and practice storage, and src/config: never islands, pages or components.',
  ).map((config) => ({ ...config, ignores: ['src/practice/{session,views,pages}/**'] })),
  {
    files: ['src/islands/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)domain/commands(/|$)', message: 'Islands change portal data through machines, never by calling domain commands.' }] }],
    },
  },
  { files: ['src/islands/**/*.tsx'], ...reactHooks.configs.flat.recommended },
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
