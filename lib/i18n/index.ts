/** The UI's languages: a typed `t()` for the language the researcher chose, and the Intl locale to format with. */
export { i18nFor, resolveUiLanguage, browserLanguage, type I18n, type TFunction, type MessageKey, type PlainKey } from './translate';
