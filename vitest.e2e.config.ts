import { defineConfig } from 'vitest/config';
import path from 'node:path';

/**
 * End-to-end tests: playwright-core drives Debian's /usr/bin/chromium with the built extension
 * (.output/chrome-mv3, automation variant) loaded. `npm test` builds first; see scripts/test-all.ts.
 */
export default defineConfig({
  resolve: {
    alias: [{ find: /^@\//, replacement: path.resolve(__dirname) + '/' }],
  },
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // One browser at a time: the machine is small and every file launches its own Chromium.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
