// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** One-way layers: domain → data → components → features → app. A layer may import only from layers before it. */
const layer = (files, { packages = [], folders, extra = [] }, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(packages.length > 0 ? [{ group: packages, message }] : []),
          { regex: `^(\\./|(\\.\\./)+)(${folders.join('|')})(/|$)`, message },
          ...extra,
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'test-results', 'playwright-report'] },
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
  layer(
    ['src/domain/**'],
    {
      packages: ['react', 'react-*', '@tanstack/*', 'recharts'],
      folders: ['data', 'components', 'features', 'app'],
      extra: [
        {
          regex: '^zod(/|$)',
          message: 'Import z from src/domain/zod.ts: it turns off the eval probe that the strict CSP reports.',
        },
      ],
    },
    'src/domain is pure TypeScript: no React, and nothing from later layers.',
  ),
  layer(['src/data/**'], { folders: ['components', 'features', 'app'] }, 'src/data may import only from src/domain.'),
  layer(
    ['src/components/**'],
    { folders: ['features', 'app'] },
    'Shared components may not import features or the app.',
  ),
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**'], message: 'Features may not import the app.' },
            // A relative import that climbs one level and goes down again reaches a sibling feature.
            {
              regex: '^\\.\\./(?!\\.\\.)',
              message: 'Features do not import each other; move shared code to src/components or src/domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.{js,ts}', 'playwright.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
