/** Shared UI primitives for Candor's pages. */
export { Field, CheckField, type ControlProps } from './Field';
export { Dialog } from './Dialog';
export { ToastProvider, useToast, type ToastMessage } from './Toast';
export { useHashRoute, navigate } from './useHashRoute';
export { useProfile, useEntries } from './data';
export { LanguageProvider, useI18n, useT } from './i18n';
