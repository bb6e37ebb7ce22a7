import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/e2e-electron/**', 'node_modules/**'],
    testTimeout: 60_000,
    pool: 'threads',
    // The command line's tests run its bundle (dist/cli), rebuilt here when a source changed.
    globalSetup: ['test/cli/bundleSetup.ts'],
  },
});
