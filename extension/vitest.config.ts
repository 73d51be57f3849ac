import { defineConfig } from 'vitest/config';
import { resolve } from './vite.config';

// Detector and message tests run in Node; DOM tests opt into jsdom per file.
export default defineConfig({
  resolve,
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // The dashboard's closing line, which CI reads: "vitest: N passed, N failed".
    reporters: ['default', '../web/scripts/summary-reporter.ts'],
  },
});
