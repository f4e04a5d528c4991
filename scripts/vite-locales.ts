/**
 * Vite plugin: `import fr from '@/locales/fr.yml'` yields that locale's messages flattened exactly as
 * @wxt-dev/i18n writes them to `_locales/fr/messages.json` ({ "editor_title": "…" }), so the runtime
 * `t()` (lib/i18n) can show a language other than the browser's from the same source files.
 */
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import type { Plugin } from 'vite';

const LOCALE_FILE = /[\\/]locales[\\/][a-z]{2}(?:_[A-Z]{2})?\.yml$/;

export function localeMessages(): Plugin {
  return {
    name: 'candor-locale-messages',
    enforce: 'pre',
    transform(code, id) {
      if (!LOCALE_FILE.test(id)) return null;
      const chrome = generateChromeMessages(parseMessagesText(code, 'YAML'));
      const flat = Object.fromEntries(Object.entries(chrome).map(([key, m]) => [key, m.message]));
      return { code: `export default ${JSON.stringify(flat)};`, map: null };
    },
  };
}
