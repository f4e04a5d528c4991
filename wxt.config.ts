import { defineConfig } from 'wxt';
import react from '@vitejs/plugin-react';

export default defineConfig({
  outDir: '.output',
  vite: () => ({ plugins: [react()] }),
  manifest: ({ browser }) => ({
    name: 'Candor — research disclosure',
    short_name: 'Candor',
    description: 'Keeps your research disclosure record on your machine and drafts funder disclosure forms from it.',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'candor@candor-disclosure.org', strict_min_version: '128.0' } } }
      : {}),
  }),
});
