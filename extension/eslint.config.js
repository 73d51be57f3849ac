import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-firefox', 'node_modules', 'test-results', 'target', 'test/corpus'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node, chrome: 'readonly' },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
      // Key material and session state live in memory and chrome.storage.session only.
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Nothing of the vault is persisted in the browser.' },
        { name: 'sessionStorage', message: 'Nothing of the vault is persisted in the browser.' },
        { name: 'indexedDB', message: 'Nothing of the vault is persisted in the browser.' },
      ],
    },
  },
  {
    // Scripts, tests and the browser test print their results.
    files: ['scripts/**', 'e2e/**', '**/*.test.ts'],
    rules: { 'no-console': 'off' },
  },
);
