// Layering as in VS Code: each folder may import only what can run where it runs.
//   shared/          pure TypeScript: no Node, no DOM, no Electron, nothing from electron/ or renderer/
//   renderer/        browser: no Node built-ins, no electron/, no 'electron'
//   electron/node/   plain Node: no 'electron' (so tests and the CLI run it without Electron)
//   electron/main, electron/preload: Electron
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const forbid = (patterns, message) => ({ group: patterns, message });

export default tseslint.config(
  { ignores: ['.scratch*/**', 'out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'shared/ runs everywhere: no Node built-ins.' })),
          patterns: [
            forbid(['**/electron/**', '**/renderer/**', 'electron', 'electron/*', '@renderer/*', '@electron-node/*', '@electron-main/*', '@preload/*'], 'shared/ imports nothing from electron/ or renderer/.'),
            forbid(['react', 'react-dom', 'react/*', 'react-dom/*', 'chart.js', 'zustand', 'better-sqlite3', 'exceljs', 'playwright-core'], 'shared/ stays free of UI, storage and I/O libraries.'),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'renderer/ runs in the browser: no Node built-ins.' })),
          patterns: [forbid(['**/electron/**', 'electron', 'electron/*', '@electron-node/*', '@electron-main/*', '@preload/*', 'better-sqlite3', 'exceljs', 'playwright-core'], 'renderer/ talks to the main side only through the typed API.')],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['electron/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [forbid(['electron', 'electron/*', '**/renderer/**', '**/electron/main/**', '**/electron/preload/**', '@renderer/*', '@electron-main/*', '@preload/*'], 'electron/node/ runs under plain Node: no Electron, no renderer.')] },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [forbid(['**/electron/node/**', '**/renderer/**', '@electron-node/*', '@electron-main/*', '@renderer/*', 'better-sqlite3', 'exceljs'], 'The preload only bridges the typed contract over IPC.')] },
      ],
    },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}'],
    rules: { '@typescript-eslint/consistent-type-assertions': 'off' },
  },
);
