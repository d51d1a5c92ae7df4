import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiPackages = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-router',
  'react-router/*',
  'zustand',
  'zustand/*',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'dist-baseline',
      'dist-*',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      '**/*.tmp.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // The pure core: the same code runs in the browser, the CLI and the tests.
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiPackages, message: 'src/domain is pure: no React, router or store.' },
            {
              group: [
                '@/features/*',
                '@/stores/*',
                '@/app/*',
                '@/i18n/*',
                '@/cli/*',
                '../../features/*',
                '../../stores/*',
                '../../app/*',
              ],
              message: 'src/domain must not import from UI, store or CLI layers.',
            },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'src/domain runs in the browser too: no Node built-ins.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'navigator',
        'location',
        'history',
        'fetch',
        'XMLHttpRequest',
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...uiPackages, '@/features/*', '@/stores/*', '@/app/*'],
              message: 'The CLI uses src/domain only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/app/*'], message: 'features must not import from app.' }] },
      ],
    },
  },
);
