import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'lib',
      'storybook-static',
      'src/generated',
      'coverage',
      '.cache',
      'e2e/frameworks/*/dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    plugins: { lit, wc },
    languageOptions: { globals: globals.browser },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      // Lit 1's `on-event=` syntax is long gone; this rule would flag the gate's own
      // `on-request` attribute (CONTRACT §5) in every template that writes it.
      'lit/no-legacy-template-syntax': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      // A failed chai comparison holding a DOM node makes the test runner walk the whole
      // node graph to report it: the file times out instead of naming the failure.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.name='expect'] > MemberExpression.arguments:first-child[property.name='activeElement']",
          message:
            'Compare nodes with expectSameNode() from test/helpers.ts: a failing expect(node) hangs the test runner.',
        },
        {
          selector:
            "CallExpression[callee.name='expect'] > CallExpression.arguments:first-child > MemberExpression.callee[property.name=/^(querySelector|closest|getElementById)$/]",
          message:
            'Compare nodes with expectSameNode() from test/helpers.ts: a failing expect(node) hangs the test runner.',
        },
        {
          selector:
            "CallExpression[callee.name='expect'] > ChainExpression.arguments:first-child > CallExpression > MemberExpression.callee[property.name=/^(querySelector|closest|getElementById)$/]",
          message:
            'Compare nodes with expectSameNode() from test/helpers.ts: a failing expect(node) hangs the test runner.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'e2e/**'],
    ignores: ['demo/**', 'examples/**', 'test/fixtures/**', 'e2e/pages/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright tests run functions in the page: both sets of globals apply.
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The framework apps' code runs in the browser (React's also on the server, which
    // reaches no browser global).
    files: ['e2e/frameworks/*/src/**/*.{js,jsx}'],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
  {
    // Pages' own scripts run in the browser.
    files: ['demo/**/*.js', 'examples/**/*.js', 'test/fixtures/**/*.js', 'e2e/pages/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
