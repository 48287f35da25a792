import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'dist/', 'node_modules/', 'coverage/', 'tests/e2e/.fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text must never become markup (brief, "The page is not ours").
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent or React: page text must never be parsed as HTML.' },
        { property: 'outerHTML', message: 'Page text must never be parsed as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Page text must never be parsed as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text must never be parsed as HTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: the extension CSP forbids it.' },
        {
          selector: "CallExpression[callee.property.name='execCommand'][arguments.0.value='insertHTML']",
          message: "Write text with execCommand('insertText'): insertHTML would parse the user's text as HTML.",
        },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: the extension CSP forbids it.' },
      ],
    },
  },
  {
    // lib/ runs in Node too (CLI, tests, benchmarks): no WXT, no extension APIs.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['wxt', 'wxt/*', '#imports', '#imports/*'], message: 'lib/ must not depend on WXT.' }] },
      ],
      'no-restricted-globals': ['error', { name: 'browser', message: 'lib/ must not use extension APIs.' }, { name: 'chrome', message: 'lib/ must not use extension APIs.' }],
    },
  },
  {
    // The analysis engine is pure: no DOM either.
    files: ['lib/analysis/**/*.ts', 'lib/lexicon/**/*.ts', 'lib/profiles/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'The engine must not use extension APIs.' },
        { name: 'chrome', message: 'The engine must not use extension APIs.' },
        { name: 'document', message: 'The engine must not touch the DOM.' },
        { name: 'window', message: 'The engine must not touch the DOM.' },
      ],
    },
  },
  {
    // End-to-end tests and fixture pages play the web page's part (they build and compare its
    // markup); the rule is for the extension's own code.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
