import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'target'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
      // Key material and session state live in memory only (DESIGN.md, docs/crypto.md).
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Nothing of the vault is persisted in the browser.' },
        { name: 'sessionStorage', message: 'Nothing of the vault is persisted in the browser.' },
        { name: 'indexedDB', message: 'Nothing of the vault is persisted in the browser.' },
      ],
    },
  },
  {
    // Scripts and browser tests print their results.
    files: ['scripts/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
);
