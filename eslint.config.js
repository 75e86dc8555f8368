import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import noImportCycle from './eslint-rules/no-import-cycle.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', 'dev-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // No import cycles, type-only imports included (see eslint-rules/no-import-cycle.js).
    files: ['src/**/*.ts', 'web/**/*.ts', 'web/**/*.tsx', 'bench/**/*.ts', 'test/**/*.ts', 'e2e/**/*.ts'],
    plugins: { lactea: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'lactea/no-import-cycle': 'error' },
  },
  {
    // The web client takes the server's shapes from the contract as types only (nothing of zod in
    // the bundle), and nothing else of the server.
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src/contract/*'], allowTypeImports: true, message: 'The web client imports only types from the contract.' },
            { group: ['**/src/server/*', '**/src/server/**', '**/src/services/*', '**/src/db/*'], message: 'The web client does not import the server; shared shapes are in src/contract.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      // The domain is pure and shared by server and browser: no I/O, no Node or DOM globals.
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'kysely', 'fastify', 'pg', 'better-sqlite3', 'preact', 'preact/*'] }],
      'no-restricted-globals': ['error', 'process', 'window', 'document', 'localStorage', 'fetch', 'navigator'],
    },
  },
);
