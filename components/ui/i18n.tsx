/** The UI language for every Candor page: follows settings.uiLanguage live, so a change re-renders open pages. */
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getProfile } from '@/lib/db';
import { browserLanguage, i18nFor, resolveUiLanguage, type I18n, type TFunction } from '@/lib/i18n';

// Outside a LanguageProvider (unit tests of single components) the UI is English.
const I18nContext = createContext<I18n>(i18nFor('en'));

/** Renders its children once the language setting is read, in that language; re-renders them when it changes. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const row = useLiveQuery(async () => ({ setting: (await getProfile())?.settings?.uiLanguage }), []);
  const i18n = i18nFor(resolveUiLanguage(row?.setting, browserLanguage()));
  useEffect(() => {
    document.documentElement.lang = i18n.lang;
  }, [i18n.lang]);
  if (row === undefined) return null;
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

/** The language in force: `t`, `lang` and the Intl `locale` to format dates, numbers and countries with. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function useT(): TFunction {
  return useContext(I18nContext).t;
}
