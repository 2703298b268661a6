// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Every feature folder: each is a zone of its own, so a new feature is kept apart without a change here. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * One-way layers, by the path an import resolves to (so `../../features/x` and `./x` are judged alike):
 * domain → data → components → features → app. A layer imports only from layers before it; a feature imports no other
 * feature, while any file in a feature (its subfolders too) may import that feature's own files.
 */
const ZONES = [
  {
    target: './src/domain',
    from: ['./src/data', './src/components', './src/features', './src/app'],
    message: 'src/domain is pure TypeScript: nothing from later layers.',
  },
  {
    target: './src/data',
    from: ['./src/components', './src/features', './src/app'],
    message: 'src/data may import only from src/domain.',
  },
  {
    target: './src/components',
    from: ['./src/features', './src/app'],
    message: 'Shared components may not import features or the app.',
  },
  { target: './src/features', from: './src/app', message: 'Features may not import the app.' },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other; move shared code to src/components or src/domain.',
  })),
];

/** Packages a layer may not use. */
const packagesBanned = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'test-results', 'playwright-report', 'scripts/lint-fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      // A scrollable table region must take focus so keyboard users can scroll it (WCAG 2.1.1).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
    },
  },
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  packagesBanned(
    ['src/domain/**'],
    [
      {
        group: ['react', 'react-*', '@tanstack/*', 'recharts'],
        message: 'src/domain is pure TypeScript: no React, and nothing from later layers.',
      },
      {
        regex: '^zod(/|$)',
        message: 'Import z from src/domain/zod.ts: it turns off the eval probe that the strict CSP reports.',
      },
    ],
  ),
  {
    files: ['scripts/**', 'tests/**', '*.config.{js,ts}', 'playwright.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
