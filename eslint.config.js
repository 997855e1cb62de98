// ESLint (flat config) for `npm run lint`, which `npm test` runs first: a few rules that catch real
// mistakes, and the one idiom for an indexed access that may be undefined (see CONTRIBUTING.md).
// Formatting is Prettier's job (`prettier --check` in the same script), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'data/', 'out/', 'export/', 'test/output/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        project: ['./src/browser/tsconfig.json', './tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        // `import('…').T` stays allowed: it types what a command loads lazily.
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // A promise is awaited, returned, or explicitly let go with `void`.
      '@typescript-eslint/no-floating-promises': 'error',
      // With noUncheckedIndexedAccess, `xs[i]` is `T | undefined`: when the index is known to be in
      // range, say so with `xs[i]!`, never with `xs[i] as T` (which would also hide a wrong type).
      '@typescript-eslint/non-nullable-type-assertion-style': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Control characters in a regular expression are deliberate here: file names, archive entries
      // and data lines are checked for them, and shown with them made visible.
      'no-control-regex': 'off',
      'prefer-const': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
      },
    },
  },
);
