// ESLint (flat config): TypeScript, lit, lit-a11y and web-components rules over the code that
// ships (src/, components/) and the code that tests and builds it. `npm run lint` runs it with
// Prettier's check; `npm run verify` runs lint, type-check and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'node_modules/**',
      'coverage/**',
      'bench/.build/**',
      'components/mbc-chart/vega-runtime.js',
      'src/specs/compiled/**',
      '**/*.d.ts',
      '.ci/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node }, ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // Unused names are mistakes, except a deliberately ignored `_x`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The engine's parsers hold `any` at the JSON boundary only; name it where it happens.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Security rules of the brief: no eval, no Function constructor, no innerHTML with data.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Data never goes through innerHTML: build DOM nodes or lit templates.' },
        { property: 'outerHTML', message: 'Data never goes through outerHTML.' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
    },
  },
  {
    files: ['components/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['components/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['components/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    // src/ is the engine: no DOM (the architecture test checks imports; this checks globals).
    files: ['src/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals['shared-node-browser'] } },
  },
  {
    // Tests may reach into anything and use `any` for fixtures of deliberately bad input.
    files: ['test/**/*.ts', 'bench/**/*.mjs', 'scripts/**/*.mjs'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-restricted-properties': 'off' },
  },
);
