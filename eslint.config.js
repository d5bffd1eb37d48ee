import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'node_modules', 'custom-elements.json', 'reports', 'bench/results', 'bench/.build'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Untrusted data must stay text: these sinks are banned outright in the library.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Data is text: render it with Lit bindings.' },
        { property: 'outerHTML', message: 'Data is text: render it with Lit bindings.' },
        { property: 'insertAdjacentHTML', message: 'Data is text: render it with Lit bindings.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'd3', message: 'Import d3 modules one by one (d3-scale, d3-time, …).' },
            { name: 'lit/directives/unsafe-html.js', message: 'Data is text; no unsafeHTML.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Data is text; no unsafeSVG.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts', 'src/layout/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['lit', 'lit/*', '@lit/*'], message: 'src/model and src/layout are free of Lit and the DOM.' }] },
      ],
    },
  },
);
