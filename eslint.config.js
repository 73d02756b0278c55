import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// The pure core runs in Node (CLI, tests) and in the browser alike: no UI libraries, no DOM.
const PURE_FOLDERS = ['src/model/**', 'src/hcl/**', 'src/generate/**', 'src/share/**', 'src/import/**'];
const UI_IMPORTS = [
  {
    group: ['react', 'react-*', 'react/*', 'react-dom/*'],
    message: 'The pure core must not depend on React.',
  },
  { group: ['@mui/*', '@emotion/*'], message: 'The pure core must not depend on MUI.' },
  { group: ['monaco-editor', 'monaco-editor/*'], message: 'The pure core must not depend on Monaco.' },
  {
    group: ['@/features/*', '@/app/*', '@/cli/*'],
    message: 'The pure core must not import the layers above it.',
  },
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process'],
    message: 'The pure core must run in the browser too.',
  },
];
const APP_SHELL = { group: ['@/app/*'], message: 'Features must not import the app shell.' };
/** Feature folders; `shared` is the common kit every feature may use, not a feature. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);
const PUBLIC_ENTRY =
  'Features use each other only through the public entry, "@/features/<name>" (its index.ts).';
/** Another feature's inside, by alias or by a relative path `depth` folders up out of this feature. */
const otherFeatureInsides = (feature, depth) => [
  { regex: `^@/features/(?!shared/|${feature}/)[^/]+/`, message: PUBLIC_ENTRY },
  { regex: `^${'\\.\\./'.repeat(depth)}(?!shared/)[^./][^/]*/`, message: PUBLIC_ENTRY },
];
const BROWSER_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'location',
  'history',
  'navigator',
  'fetch',
  'HTMLElement',
  'self',
];

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
  ...FEATURES.flatMap((feature) =>
    [1, 2, 3].map((depth) => ({
      files: [`src/features/${feature}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          { patterns: [APP_SHELL, ...otherFeatureInsides(feature, depth)] },
        ],
      },
    })),
  ),
  {
    files: ['src/features/shared/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [APP_SHELL] }] },
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
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({
          name,
          message: `The pure core must not use the browser global "${name}".`,
        })),
      ],
    },
  },
  {
    // The generator writes the bundle; the README's share link is passed in (GenerateOptions.shareFragment).
    files: ['src/generate/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...UI_IMPORTS,
            {
              group: ['@/share', '@/share/*', '../share/*'],
              message:
                'The generator must not import share/: pass what it needs (the README link) as a parameter.',
            },
          ],
        },
      ],
    },
  },
  {
    // The model is below the generator: its code and its tests check rules without rendering bundles.
    files: ['src/model/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...UI_IMPORTS,
            {
              group: ['@/generate', '@/generate/*', '../generate', '../generate/*'],
              message:
                'The model and its tests must not import the generator: a bundle check belongs in src/generate.',
            },
          ],
        },
      ],
    },
  },
);
