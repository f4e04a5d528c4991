/**
 * `t()` for a chosen UI language. `browser.i18n.getMessage` only ever speaks the browser's language,
 * so messages come from the bundled locales first; getMessage, then English, cover a missing key.
 * Arguments and plural forms follow @wxt-dev/i18n's `i18n.t`, with the keys it generates.
 */
import type { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '#i18n';
import { browser } from 'wxt/browser';
import { LOCALES, type Locale, type UiLanguage } from '@/lib/model';
import { MESSAGES } from './messages';

export type TFunction = ReturnType<typeof createI18n<GeneratedI18nStructure>>['t'];
export type MessageKey = keyof GeneratedI18nStructure;
/** A key whose message takes no arguments: what a table of labels (option → key) may hold. */
export type PlainKey = {
  [K in MessageKey]: GeneratedI18nStructure[K] extends { substitutions: 0; plural: false; namedSubstitutions: readonly string[] }
    ? never
    : GeneratedI18nStructure[K] extends { substitutions: 0; plural: false } ? K : never;
}[MessageKey];

export interface I18n {
  /** The UI language in force. */
  lang: Locale;
  /** The BCP 47 tag Intl formats with for that language. */
  locale: string;
  t: TFunction;
}

/** The browser's UI language ("fr-CA"); navigator.language where the extension API is absent. */
export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language;
  } catch {
    return navigator.language;
  }
}

/** The language to show: the setting, or for "browser"/unset the browser's own when Candor has it, else English. */
export function resolveUiLanguage(setting: UiLanguage | undefined, browserLang: string): Locale {
  if (setting && setting !== 'browser') return setting;
  const primary = browserLang.toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : 'en';
}

/** Chrome's getMessage substitution: $1…$9 from the list, $$ for a literal dollar sign. */
function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, c: string) => (c === '$' ? '$' : subs[Number(c) - 1] ?? ''));
}

function fromBrowser(key: string, subs: string[]): string {
  try {
    // Typed for the generated keys; here the key is one that was looked up and missing.
    return (browser.i18n.getMessage as (key: string, substitutions?: string[]) => string)(key, subs);
  } catch {
    return '';
  }
}

function lookup(lang: Locale, key: string, subs: string[]): string {
  const own = MESSAGES[lang][key];
  if (own !== undefined) return substitute(own, subs);
  const browserMessage = fromBrowser(key, subs);
  if (browserMessage) return browserMessage;
  const english = MESSAGES.en[key];
  return english === undefined ? key : substitute(english, subs);
}

/** Plural forms are "one | other" or "zero | one | other", as @wxt-dev/i18n writes them. */
function pluralForm(message: string, count: number): string {
  const forms = message.split(' | ');
  if (forms.length === 2) return forms[count === 1 ? 0 : 1];
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2];
  return forms[0];
}

function createT(lang: Locale): TFunction {
  const t = (key: string, ...args: unknown[]): string => {
    let subs: string[] | undefined;
    let named: Record<string, unknown> | undefined;
    let count: number | undefined;
    for (const arg of args) {
      if (arg == null) continue;
      if (typeof arg === 'number') count = arg;
      else if (Array.isArray(arg)) subs = arg.map(String);
      else named = arg as Record<string, unknown>;
    }
    if (count !== undefined && subs === undefined) subs = [String(count)];
    let message = lookup(lang, key.replaceAll('.', '_'), subs ?? []);
    if (count !== undefined) message = pluralForm(message, count);
    if (!named) return message;
    const values = named;
    return message.replace(/\{([A-Za-z0-9_]+)\}/g, (m, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : m));
  };
  return t as TFunction;
}

/**
 * Intl locale per UI language. English keeps the ISO year-month order Candor has always shown:
 * en-CA formats numeric dates as 2021-09 and names and numbers as English does.
 */
const INTL_LOCALES: Record<Locale, string> = { en: 'en-CA', fr: 'fr', de: 'de', it: 'it', ja: 'ja' };

const cache = new Map<Locale, I18n>();

/** The translator for one language (one object per language, so React can compare it). */
export function i18nFor(lang: Locale): I18n {
  let i18n = cache.get(lang);
  if (!i18n) {
    i18n = { lang, locale: INTL_LOCALES[lang], t: createT(lang) };
    cache.set(lang, i18n);
  }
  return i18n;
}
