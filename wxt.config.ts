import { defineConfig } from 'wxt';
import react from '@vitejs/plugin-react';
import { localeMessages } from './scripts/vite-locales';

export default defineConfig({
  outDir: '.output',
  // locales/*.yml → _locales/*/messages.json and typed keys (.wxt/i18n); localeMessages bundles them for a chosen UI language.
  modules: ['@wxt-dev/i18n/module'],
  // lib/rules bundles the screening lists from ../shared/data (beside the repo); dev mode must be allowed to read them.
  vite: () => ({ plugins: [react(), localeMessages()], server: { fs: { allow: ['.', '../shared/data/screening'] } } }),
  manifest: ({ browser }) => ({
    name: 'Candor — research disclosure',
    short_name: 'Candor',
    default_locale: 'en',
    description: 'Keeps your research disclosure record on your machine and drafts funder disclosure forms from it.',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Template URLs the researcher types are requested per origin at click time (lib/templates).
    // Also "always allow Candor on this portal" (fill review panel), granted per origin by the researcher.
    optional_host_permissions: ['https://*/*', 'http://*/*', 'https://pub.orcid.org/*'],
    // Keyboard shortcut for "Fill this page" (lib/fill/background.ts).
    commands: {
      'fill-page': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Fill this page from your Candor record' },
    },
    // Enterprise policy (storage.managed) schema for institution templates; Firefox reads policies.json instead.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Candor collects and transmits no data (everything stays on this machine): Firefox's declaration says so.
            gecko: { id: 'candor@candor-disclosure.org', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
