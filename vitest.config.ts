import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { localeMessages } from './scripts/vite-locales';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), react(), localeMessages()],
  resolve: {
    // wxt 0.21.0's wxt/testing entry crashes under jsdom; the fake browser alone is what tests need.
    alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }],
  },
  test: {
    environment: 'jsdom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
