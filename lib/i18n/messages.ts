/** Every UI language's messages, bundled from the same locales/*.yml files @wxt-dev/i18n builds `_locales` from. */
import type { Locale } from '@/lib/model';
import en from '@/locales/en.yml';
import fr from '@/locales/fr.yml';
import de from '@/locales/de.yml';
import it from '@/locales/it.yml';
import ja from '@/locales/ja.yml';

export const MESSAGES: Record<Locale, Record<string, string>> = { en, fr, de, it, ja };
