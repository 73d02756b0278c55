import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The pure core runs in Node (CLI, tests) and in the browser alike: no UI libraries, no DOM.
const PURE_FOLDERS = ['src/model/**', 'src/hcl/**', 'src/generate/**', 'src/share/**', 'src/import/**'];
const UI_IMPORTS = [
  { group: ['react', 'react-*', 'react/*', 'react-dom/*'], message: 'The pure core must not depend on React.' },
  { group: ['@mui/*', '@emotion/*'], message: 'The pure core must not depend on MUI.' },
  { group: ['monaco-editor', 'monaco-editor/*'], message: 'The pure core must not depend on Monaco.' },
  { group: ['@/features/*', '@/app/*', '@/cli/*'], message: 'The pure core must not import the layers above it.' },
  { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The pure core must run in the browser too.' },
];
const BROWSER_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'location', 'history', 'navigator', 'fetch', 'HTMLElement', 'self'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.tf-work', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/app/*'], message: 'Features must not import the app shell.' }] },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'src/cli/**/*.ts', 'e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: PURE_FOLDERS,
    languageOptions: { globals: {} },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: UI_IMPORTS }],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS.map((name) => ({ name, message: `The pure core must not use the browser global "${name}".` }))],
    },
  },
);
