import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Crypto tests run in Node with its WebCrypto; component tests opt into jsdom per file.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'e2e/**/*.test.mjs'],
    environment: 'node',
    setupFiles: ['./src/test/setup.ts'],
    testTimeout: 60_000,
    reporters: ['default', './scripts/summary-reporter.ts'],
  },
});
