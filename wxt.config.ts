import { defineConfig } from 'wxt';
import react from '@vitejs/plugin-react';

/**
 * CANDOR_LOOPBACK=1 builds the automation variant used by try-fill and the e2e suite: its only
 * difference is host permission for loopback addresses, because automation has no user gesture
 * to grant activeTab.
 */
const loopback = process.env.CANDOR_LOOPBACK === '1';

export default defineConfig({
  outDir: '.output',
  vite: () => ({ plugins: [react()] }),
  manifest: ({ browser }) => ({
    name: 'Candor — research disclosure',
    short_name: 'Candor',
    description: 'Keeps your research disclosure record on your machine and drafts funder disclosure forms from it.',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    ...(loopback ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'candor@candor-disclosure.org', strict_min_version: '128.0' } } }
      : {}),
  }),
});
